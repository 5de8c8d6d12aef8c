package org.tarjuma.security;

import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.tarjuma.cluster.Changes;

/**
 * The pages' signed-in sessions on this node, ended when their user is disabled: at once on the
 * node where an admin disables the user, and on every other node when it hears of it (a change of
 * {@value #TOPIC} naming the user). A session is the only thing about a user a node keeps: signing
 * in reads the user from the database, and an API key is read from it on every request, so a
 * revoked key needs nothing more.
 */
@Component
class UserSessions {

  static final String TOPIC = "user-disabled";
  private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

  private final SessionRegistry sessions;
  private final UserAccount users;
  private final Changes changes;

  UserSessions(SessionRegistry sessions, UserAccount users, Changes changes) {
    this.sessions = sessions;
    this.users = users;
    this.changes = changes;
    changes.subscribe(TOPIC, this::end, this::endDisabled);
  }

  /** Stops a user from signing in and ends their sessions on every node; false when unknown. */
  boolean disable(String username) {
    if (!users.disable(username)) {
      return false;
    }
    end(username);
    changes.publish(TOPIC, username);
    return true;
  }

  private void end(String username) {
    for (Object principal : sessions.getAllPrincipals()) {
      if (principal instanceof UserAccount.Principal user && user.username().equals(username)) {
        sessions.getAllSessions(user, false).forEach(SessionInformation::expireNow);
        log.info("Ended the sessions of the disabled user {}", username);
      }
    }
  }

  /** Ends the sessions of every user signed in here whom the database holds disabled, or lost. */
  private void endDisabled() {
    Set<String> signedIn = new TreeSet<>();
    for (Object principal : sessions.getAllPrincipals()) {
      if (principal instanceof UserAccount.Principal user) {
        signedIn.add(user.username());
      }
    }
    for (String username : signedIn) {
      if (users.find(username).filter(UserAccount.Principal::enabled).isEmpty()) {
        end(username);
      }
    }
  }
}
