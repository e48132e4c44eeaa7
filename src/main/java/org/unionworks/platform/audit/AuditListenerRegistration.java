package org.unionworks.platform.audit;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.springframework.context.annotation.Configuration;

import jakarta.persistence.EntityManagerFactory;

/** Attaches the entity audit listener to Hibernate once at start-up. */
@Configuration(proxyBeanMethods = false)
class AuditListenerRegistration {

    AuditListenerRegistration(EntityManagerFactory emf, AuditService audit) {
        var registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        var listener = new EntityAuditListener(audit);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}
