package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.hwnas.cost.bench.CostBench;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.mapping.Mapping;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The inner evaluation must not allocate (a mapper calls it millions of times). */
class EvaluatorAllocationTest {

    @Test
    void innerEvaluationAllocatesNothing() throws Exception {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Mapping m = CostBench.resnetMapping();
        ArchSpec arch = ArchSpec.of(CostBench.threeLevel());
        Nest nest = Nest.of(arch, m.bounds(), m);
        LoopNestEvaluator ev = new LoopNestEvaluator(arch);
        LoopNestResult r = new LoopNestResult(arch.levels());
        ev.evaluate(nest, r);
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        long acc = 0;
        for (int i = 0; i < 20_000; i++) {
            ev.evaluate(nest, r);
            acc += r.cycles();
        }
        long bytes = mx.getThreadAllocatedBytes(id) - before;
        assertThat(acc).isEqualTo(20_000L * r.cycles());
        assertThat(bytes).as("bytes allocated by 20,000 evaluations").isLessThan(4096);
        // and it agrees with the report path
        assertThat(new LoopNestModel().evaluate(CostBench.threeLevel(), m.bounds(), m).cycles()).isEqualTo(r.cycles());
    }
}
