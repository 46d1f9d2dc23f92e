package org.hwnas.acceleratorui.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingCache;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * Evaluates every compute layer of a network on a design with one cost model: models that need a mapping
 * ({@code loopnest}) get the mapper's best one (through a {@link MappingCache}, so repeated shapes and
 * designs revisited by undo cost nothing), the others ({@code systolic}, {@code fpga-tile}) evaluate the
 * layer directly. A layer the model refuses becomes a row with the reason instead of failing the network.
 * <p>Runs on the caller's thread, one distinct shape at a time, and stops with a
 * {@link CancellationException} as soon as {@code cancelled} says so or the thread is interrupted (the
 * editor supersedes an evaluation when the design changes again).
 */
public final class NetworkEvaluator {

    /** Mapper budget for live use: small enough that a ResNet-50 re-evaluates in seconds on two cores. */
    public static final MapperOptions LIVE_OPTIONS = MapperOptions.defaults().withBudget(20_000, 150);

    private final MappingCache cache;
    private final MapperOptions options;

    public NetworkEvaluator(MappingCache cache, MapperOptions options) {
        this.cache = cache;
        this.options = options;
    }

    /** Cost models that can evaluate this design, sorted by id. */
    public static List<CostModel> modelsFor(Accelerator a) {
        return CostModels.all().stream().filter(m -> m.supports(a)).toList();
    }

    /** The model the editor starts with: {@code loopnest} when it supports the design, else the first that does. */
    public static Optional<CostModel> defaultModel(Accelerator a) {
        List<CostModel> ms = modelsFor(a);
        return ms.stream().filter(m -> m.id().equals("loopnest")).findFirst().or(() -> ms.stream().findFirst());
    }

    public Evaluation evaluate(Accelerator a, List<NetworkMapper.Layer> layers, CostModel model,
                               BooleanSupplier cancelled) {
        Map<LoopBounds, Object> byShape = new HashMap<>();   // CostReport or the refusal reason
        List<LayerRow> rows = new ArrayList<>();
        long cycles = 0;
        long macs = 0;
        double energy = 0;
        int failed = 0;
        for (NetworkMapper.Layer l : layers) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("superseded");
            }
            Object r = byShape.computeIfAbsent(l.bounds(), b -> evaluate(a, l, model));
            if (r instanceof CostReport c) {
                rows.add(new LayerRow(l.name(), l.bounds(), c.macs(), c.cycles(), c.utilization(),
                        c.seconds(a.clockMhz()) * 1e6, c.energyPj(), null));
                cycles += c.cycles();
                macs += c.macs();
                energy += c.energyPj();
            } else {
                rows.add(new LayerRow(l.name(), l.bounds(), l.bounds().macs(), 0, 0, 0, 0, (String) r));
                failed++;
            }
        }
        return new Evaluation(model.id(), model.needsMapping(), rows, cycles, cycles / (a.clockMhz() * 1e6) * 1e6,
                energy, macs, failed, a.peakMacsPerCycle());
    }

    private Object evaluate(Accelerator a, NetworkMapper.Layer l, CostModel model) {
        try {
            return model.needsMapping()
                    ? cache.get(a, l.bounds(), l.name(), options).report()
                    : model.evaluate(a, l.bounds(), null);
        } catch (CostException e) {
            return String.join("; ", e.reasons());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
