/**
 * Several nodes on one database: this node's identity and heartbeat ({@link
 * org.tarjuma.cluster.Node}), and the list of instances an admin sees, with what each holds ({@link
 * org.tarjuma.cluster.Instances}), and the changes every node hears of within a second ({@link
 * org.tarjuma.cluster.Changes}). Leases, claims and shared limits are written against the
 * database's clock ({@link org.tarjuma.cluster.DatabaseClock}), never a node's own, so a node whose
 * clock is off never takes what another still holds. On the embedded H2 there is one node and the
 * same code runs unchanged.
 */
@ApplicationModule(allowedDependencies = {})
package org.tarjuma.cluster;

import org.springframework.modulith.ApplicationModule;
