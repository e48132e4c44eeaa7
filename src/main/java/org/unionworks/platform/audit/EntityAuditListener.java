package org.unionworks.platform.audit;

import java.lang.reflect.Field;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;

/**
 * Records every insert, update and delete of every entity, with the changed fields before and
 * after, in the same transaction as the change itself. One mechanism for all modules.
 */
class EntityAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");

    private final AuditService audit;
    private final Map<Class<?>, Map<String, Masked.Kind>> maskCache = new ConcurrentHashMap<>();

    EntityAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Masked.Kind> masks = masks(event.getEntity().getClass());
        for (int i = 0; i < names.length; i++) {
            if (recorded(names[i], masks) && event.getState()[i] != null) {
                changes.put(names[i], render(event.getState()[i], masks.get(names[i])));
            }
        }
        write(AuditAction.CREATE, event.getEntity(), event.getId(), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object[] old = event.getOldState();
        Object[] now = event.getState();
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Masked.Kind> masks = masks(event.getEntity().getClass());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!recorded(names[i], masks) || now[i] instanceof Collection<?>) {
                continue;
            }
            Object before = old == null ? null : old[i];
            if (!Objects.equals(before, now[i])) {
                Masked.Kind mask = masks.get(names[i]);
                changes.put(names[i], List.of(String.valueOf(render(before, mask)), String.valueOf(render(now[i], mask))));
            }
        }
        if (!changes.isEmpty()) {
            write(AuditAction.UPDATE, event.getEntity(), event.getId(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Masked.Kind> masks = masks(event.getEntity().getClass());
        Object[] state = event.getDeletedState();
        for (int i = 0; state != null && i < names.length; i++) {
            if (recorded(names[i], masks) && state[i] != null && !(state[i] instanceof Collection<?>)) {
                changes.put(names[i], render(state[i], masks.get(names[i])));
            }
        }
        write(AuditAction.DELETE, event.getEntity(), event.getId(), changes);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(AuditAction action, Object entity, Object id, Map<String, Object> changes) {
        if (entity instanceof AuditLog) {
            return;
        }
        audit.record(action, entity.getClass().getSimpleName(), id, null, changes);
    }

    private static boolean recorded(String property, Map<String, Masked.Kind> masks) {
        return !BOOKKEEPING.contains(property) && masks.get(property) != Masked.Kind.IGNORED;
    }

    private static Object render(Object value, Masked.Kind mask) {
        if (value == null) {
            return null;
        }
        if (mask != null) {
            return switch (mask) {
                case ID_NUMBER -> IdNumbers.mask(value.toString());
                case PHONE -> Mobiles.mask(value.toString());
                case SECRET, IGNORED -> "******";
            };
        }
        if (value instanceof Collection<?> c) {
            return c.size() + " 项";
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return value;
    }

    private Map<String, Masked.Kind> masks(Class<?> type) {
        return maskCache.computeIfAbsent(type, t -> {
            Map<String, Masked.Kind> found = new ConcurrentHashMap<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    Masked m = f.getAnnotation(Masked.class);
                    if (m != null) {
                        found.put(f.getName(), m.value());
                    }
                }
            }
            return found;
        });
    }
}
