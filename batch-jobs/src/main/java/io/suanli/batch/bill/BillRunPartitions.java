package io.suanli.batch.bill;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The partitions of a bill run, one thread each. On a restart the plan of the first start stands (partitions are not
 * overridden), so each partition resumes from its own checkpoint.
 */
@Named
@Dependent
public class BillRunPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int n = BillRunPlan.partitions(partitions);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionsOverride(false);
        plan.setPartitionProperties(BillRunPlan.properties(n));
        return plan;
    }
}
