package org.tarjuma.cluster;

import java.util.List;
import java.util.Map;

/** What nodes hold, for the instances list: a module that leases work to nodes says what. */
public interface HeldWork {

  /** What this kind of work is called in the list ({@code jobs}). */
  String kind();

  /** The ids of the work each node holds now, by node id. */
  Map<String, List<String>> byNode();
}
