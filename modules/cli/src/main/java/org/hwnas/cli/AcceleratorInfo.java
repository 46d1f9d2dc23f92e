package org.hwnas.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/** {@code hwnas info ACCEL}: array, levels and resources, as text or as {@code hwnas.info.accelerator/1} JSON. */
final class AcceleratorInfo {
    static final String SCHEMA = "hwnas.info.accelerator/1";

    private AcceleratorInfo() {
    }

    static void print(Path file, boolean json, PrintWriter out) throws DocumentException {
        Accelerator a = AcceleratorDocument.read(file);
        if (json) {
            JsonOutput.print(toJson(file, a), out);
        } else {
            printText(a, out);
        }
    }

    static ObjectNode toJson(Path file, Accelerator a) {
        ObjectNode o = JsonOutput.newOutput(SCHEMA);
        o.put("file", file.toString());
        o.put("name", a.name());
        o.put("kind", a.kind().name().toLowerCase());
        o.put("dataflow", a.dataflow().name().toLowerCase().replace('_', '-'));
        o.put("clock_mhz", a.clockMhz());
        o.put("mac_energy_pj", a.macEnergyPj());
        o.put("precision_bits", a.precisionBits());
        o.put("energy_table", a.energyTable().name());
        o.put("total_pes", a.totalPes());
        o.put("peak_macs_per_cycle", a.peakMacsPerCycle());
        if (a.array() != null) {
            ArrayNode axes = o.putArray("pe_array");
            for (ArrayAxis ax : a.array().axes()) {
                ObjectNode j = axes.addObject();
                j.put("axis", ax.name());
                j.put("size", ax.size());
                ArrayNode dims = j.putArray("parallel_dims");
                ax.parallelDims().forEach(d -> dims.add(d.name()));
            }
        }
        ArrayNode levels = o.putArray("levels");
        for (int i = 0; i < a.levels().size(); i++) {
            MemoryLevel l = a.levels().get(i);
            ObjectNode j = levels.addObject();
            j.put("name", l.name());
            j.put("class", l.memoryClass().name().toLowerCase().replace('_', '-'));
            if (l.capacity().isBounded()) {
                j.put("size_bytes", l.capacity().bytes(l.wordBits()));
                j.put("size_words", l.capacityWords());
            } else {
                j.putNull("size_bytes");
                j.putNull("size_words");
            }
            j.put("word_bits", l.wordBits());
            j.put("instances", a.instances(i));
            JsonOutput.putFinite(j, "read_bandwidth", l.readBandwidth());
            JsonOutput.putFinite(j, "write_bandwidth", l.writeBandwidth());
            j.put("read_pj", l.readPjPerWord());
            j.put("write_pj", l.writePjPerWord());
            ArrayNode keeps = j.putArray("keeps");
            l.keeps().forEach(t -> keeps.add(t.key()));
        }
        a.fpgaResources().ifPresent(f -> {
            ObjectNode j = o.putObject("fpga");
            j.put("dsp", f.dspCount());
            j.put("bram_bytes", f.bramBytes());
            j.put("offchip_gbps", f.offchipGBps());
            j.put("dsp_per_mac", f.dspPerMac());
        });
        return o;
    }

    private static void printText(Accelerator a, PrintWriter out) {
        out.printf("accelerator %s (%s), dataflow %s, %.0f MHz, %d-bit, MAC %.3f pJ (energy table %s)%n",
                a.name(), a.kind().name().toLowerCase(), a.dataflow().name().toLowerCase().replace('_', '-'),
                a.clockMhz(), a.precisionBits(), a.macEnergyPj(), a.energyTable().name());
        if (!a.description().isEmpty()) {
            out.println(a.description());
        }
        if (a.array() != null) {
            String axes = a.array().axes().stream()
                    .map(ax -> ax.name() + "=" + ax.size() + " (" + ax.parallelDims().stream().map(Dim::name)
                            .collect(Collectors.joining(",")) + ")")
                    .collect(Collectors.joining(" x "));
            out.printf("PE array %s = %d PEs: %s%n", a.array().shape(), a.totalPes(), axes);
        }
        a.fpgaResources().ifPresent(f -> printFpga(f, out));
        out.println();
        TextTable t = new TextTable("level", "size", "word bits", "instances", "read BW", "write BW", "read pJ",
                "write pJ", "keeps").numeric(1, 2, 3, 4, 5, 6, 7);
        for (int i = 0; i < a.levels().size(); i++) {
            MemoryLevel l = a.levels().get(i);
            t.row(l.name(), size(l), l.wordBits(), a.instances(i), bandwidth(l.readBandwidth()),
                    bandwidth(l.writeBandwidth()), String.format("%.3f", l.readPjPerWord()),
                    String.format("%.3f", l.writePjPerWord()),
                    l.keeps().stream().map(Tensor::key).collect(Collectors.joining(",")));
        }
        t.print(out);
    }

    private static void printFpga(FpgaResources f, PrintWriter out) {
        out.printf("FPGA: %d DSP (%d per MAC), %s BRAM bytes, %.2f GB/s off-chip%n", f.dspCount(), f.dspPerMac(),
                TextTable.thousands(f.bramBytes()), f.offchipGBps());
    }

    private static String size(MemoryLevel l) {
        if (!l.capacity().isBounded()) {
            return "unbounded";
        }
        long b = l.capacity().bytes(l.wordBits());
        return b >= 1024 && b % 1024 == 0 ? (b / 1024) + " KiB" : b + " B";
    }

    private static String bandwidth(double wordsPerCycle) {
        return Double.isFinite(wordsPerCycle) ? String.format("%.4g", wordsPerCycle) : "-";
    }
}
