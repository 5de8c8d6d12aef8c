/**
 * Outlet profiles: how each outlet writes dates and digits in each target language (issue 18):
 * settings {@code tarjuma.outlets.<outlet>.<lang>.digits} and {@code .calendar}, changed at run
 * time through {@code GET/PUT /api/v1/outlets/{outlet}} and the admins' page {@code
 * /admin/outlets}, kept in the database so every node reads the same. Public: {@link
 * org.tarjuma.outlet.OutletProfiles}.
 */
@ApplicationModule(allowedDependencies = {"calendar", "language", "security", "web"})
package org.tarjuma.outlet;

import org.springframework.modulith.ApplicationModule;
