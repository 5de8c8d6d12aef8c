package org.tarjuma.cluster;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/instances}: every node of the last day, for admins. */
@RestController
class InstancesController {

  private final Instances instances;

  InstancesController(Instances instances) {
    this.instances = instances;
  }

  @GetMapping("/api/v1/instances")
  List<Instances.Instance> instances() {
    return instances.list();
  }
}
