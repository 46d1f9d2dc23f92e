package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hwnas.cost.api.CostReport;
import org.hwnas.mapper.MappingResult;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;

/**
 * The per-layer table of a whole network on one accelerator: cycles, energy, EDP, utilization and the
 * bound of each layer, plus the network's critical bottleneck, the bound whose layers take the most
 * cycles together (those layers are highlighted), and a CSV export.
 */
public final class NetworkLayerTable {

    /** One compute layer. */
    public record Row(int index, String layer, LoopBounds bounds, Mapping mapping, CostReport report, Bound bound) {
        public long macs() {
            return report.macs();
        }

        public long cycles() {
            return report.cycles();
        }

        public double energyPj() {
            return report.energyPj();
        }

        /** J x cycles, as {@link CostReport#edp()}. */
        public double edp() {
            return report.edp();
        }

        public double utilization() {
            return report.utilization();
        }
    }

    private final List<Row> rows;
    private final String critical;
    private final Map<String, Long> cyclesByBound;

    public NetworkLayerTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Long> byBound = new LinkedHashMap<>();
        for (Row r : rows) {
            byBound.merge(r.bound().key(), r.cycles(), Long::sum);
        }
        this.cyclesByBound = java.util.Collections.unmodifiableMap(byBound);
        this.critical = byBound.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** From the mapper's result for a network (one row per compute layer, network order). */
    public static NetworkLayerTable of(NetworkMapper.Result result) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < result.layers().size(); i++) {
            NetworkMapper.Layer l = result.layers().get(i);
            MappingResult m = result.results().get(i);
            rows.add(new Row(i, l.name(), l.bounds(), m.mapping(), m.report(), Bound.of(m.report())));
        }
        return new NetworkLayerTable(rows);
    }

    /** Maps every compute layer (conv, linear) of {@code network} with the mapper and tabulates the result. */
    public static NetworkLayerTable map(org.hwnas.model.network.Network network, org.hwnas.model.accel.Accelerator accelerator,
                                        org.hwnas.mapper.MapperOptions options) throws org.hwnas.cost.api.CostException {
        List<NetworkMapper.Layer> layers = new ArrayList<>();
        for (org.hwnas.model.network.LayerInfo l : org.hwnas.model.network.NetworkAnalysis.of(network).computeLayers()) {
            layers.add(new NetworkMapper.Layer(l.name(), l.loopBounds().orElseThrow()));
        }
        if (layers.isEmpty()) {
            throw new org.hwnas.cost.api.CostException("network '" + network.name() + "' has no conv or linear layer to map");
        }
        NetworkMapper mapper = new NetworkMapper(accelerator, options, new org.hwnas.mapper.MappingCache());
        return of(mapper.map(layers));
    }

    public List<Row> rows() {
        return rows;
    }

    /** The bound key ({@link Bound#key()}) with the most cycles summed over its layers. */
    public String criticalBound() {
        return critical;
    }

    public boolean critical(Row r) {
        return r.bound().key().equals(critical);
    }

    /** Cycles per bound key, in first-seen order. */
    public Map<String, Long> cyclesByBound() {
        return cyclesByBound;
    }

    public long totalCycles() {
        return rows.stream().mapToLong(Row::cycles).sum();
    }

    public double totalEnergyPj() {
        return rows.stream().mapToDouble(Row::energyPj).sum();
    }

    /** Network EDP (layers run one after another): total energy x total cycles, J x cycles. */
    public double totalEdp() {
        return totalEnergyPj() * 1e-12 * totalCycles();
    }

    public static final String CSV_HEADER = "index,layer,N,G,K,C,P,Q,R,S,macs,cycles,energy_pj,edp_j_cycles,utilization,bound,critical";

    /** RFC 4180 CSV, one line per layer, numbers unformatted (full precision, '.' decimals). */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            LoopBounds b = r.bounds();
            sb.append(r.index()).append(',').append(csv(r.layer())).append(',')
                    .append(b.n()).append(',').append(b.g()).append(',').append(b.k()).append(',').append(b.c()).append(',')
                    .append(b.p()).append(',').append(b.q()).append(',').append(b.r()).append(',').append(b.s()).append(',')
                    .append(r.macs()).append(',').append(r.cycles()).append(',')
                    .append(num(r.energyPj())).append(',').append(num(r.edp())).append(',').append(num(r.utilization())).append(',')
                    .append(csv(r.bound().key())).append(',').append(critical(r)).append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
