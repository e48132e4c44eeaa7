package org.unionworks.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/**
 * One action on many records (批量审批通过 …): each record is changed by the same service call as one at a time, in a
 * transaction of its own, so every rule (maker-checker, data scope, state) and the audit trail hold for each, and a
 * refusal of one does not undo the others. The endpoint's own transaction only answers.
 */
@Component
public class BulkActions {

    private final TransactionTemplate ownTransaction;

    BulkActions(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code action} for each distinct id in order, collecting the refusals with their reasons. */
    public BulkResult each(List<Long> ids, LongConsumer action) {
        int done = 0;
        List<BulkResult.Failure> failures = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                ownTransaction.executeWithoutResult(status -> action.accept(id));
                done++;
            } catch (NotFoundException | ConflictException | InvalidInputException | ForbiddenException e) {
                failures.add(new BulkResult.Failure(id, e.getMessage()));
            }
        }
        return new BulkResult(done, failures);
    }
}
