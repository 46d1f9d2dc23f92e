package org.hwnas.acceleratorui;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hwnas.acceleratorui.edit.AcceleratorEdits;
import org.hwnas.acceleratorui.edit.EditRefusedException;
import org.hwnas.acceleratorui.edit.Inputs;
import org.hwnas.acceleratorui.summary.DesignSummary;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.Exceptions;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/**
 * The design in the Properties sheet: a set for the design (clock, dataflow, MAC energy, ...), one for the
 * PE array (size and parallel dims per axis) and one per memory level. Every write goes through
 * {@link AcceleratorEdits} and the {@link DesignEditor} (so through the document, one undo step); a value
 * the model refuses is rejected with its reason, which the sheet shows.
 */
@Messages({
    "LBL_SetDesign=Design",
    "LBL_SetArray=PE array",
    "LBL_SetFpga=FPGA resources",
    "# {0} - index", "# {1} - level name", "LBL_SetLevel=Level {0}: {1}"
})
final class AcceleratorNode extends AbstractNode {

    /** A typed edit of one property value. */
    private interface ValueEdit<T> {
        Accelerator apply(Accelerator a, T value) throws EditRefusedException;
    }

    private final DesignEditor editor;
    private String structure = "";

    AcceleratorNode(DesignEditor editor, Lookup lookup) {
        super(Children.LEAF, lookup);
        this.editor = editor;
        setIconBaseWithExtension(AcceleratorDataObject.ICON);
    }

    /** Refreshes the sheet for a new design: rebuilt when levels or axes changed, else values re-read. */
    void update(Accelerator a) {
        setDisplayName(a == null ? "" : a.name());
        String s = a == null ? "" : structureOf(a);
        if (!s.equals(structure)) {
            structure = s;
            setSheet(createSheet());
        } else {
            firePropertyChange(null, null, null);
        }
    }

    private static String structureOf(Accelerator a) {
        StringBuilder b = new StringBuilder(a.kind().key());
        if (a.array() != null) {
            a.array().axes().forEach(x -> b.append("|a:").append(x.name()));
        }
        a.levels().forEach(l -> b.append("|l:").append(l.name()));
        return b.toString();
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Accelerator a = editor.current();
        if (a == null) {
            return sheet;
        }
        Sheet.Set d = Sheet.createPropertiesSet();
        d.setDisplayName(Bundle.LBL_SetDesign());
        d.put(prop("name", "Name", "design name", String.class, Accelerator::name, AcceleratorEdits::rename));
        d.put(prop("description", "Description", "free text; say where the numbers come from", String.class,
                Accelerator::description, AcceleratorEdits::describe));
        d.put(readOnly("kind", "Kind", "spatial PE array or FPGA", x -> x.kind().key()));
        d.put(prop("clock_mhz", "Clock (MHz)", "clock frequency", Double.class, Accelerator::clockMhz,
                AcceleratorEdits::clock));
        d.put(prop("precision_bits", "Precision (bits)", "MAC operand precision, 1..64", Integer.class,
                Accelerator::precisionBits, AcceleratorEdits::precision));
        d.put(tags(prop("dataflow", "Dataflow", "dataflow preset: a constraint on mappings", String.class,
                x -> x.dataflow().key(), (x, v) -> AcceleratorEdits.dataflow(x, dataflow(v))),
                Arrays.stream(Dataflow.values()).map(Dataflow::key).toArray(String[]::new)));
        d.put(tags(prop("energy_table", "Energy table", "energies for levels that do not give their own", String.class,
                x -> x.energyTable().name(), AcceleratorEdits::energyTable),
                EnergyTables.all().stream().map(t -> t.name()).toArray(String[]::new)));
        d.put(prop("mac_energy_pj", "MAC energy (pJ)", "energy of one MAC", Double.class, Accelerator::macEnergyPj,
                AcceleratorEdits::macEnergy));
        d.put(readOnly("peak", "Peak MACs/cycle", "PEs (or DSP MACs) per cycle", x -> String.format("%,d",
                DesignSummary.of(x).peakMacsPerCycle())));
        d.put(readOnly("on_chip", "On-chip bytes", "every on-chip level's capacity x instances",
                x -> String.format("%,d", DesignSummary.of(x).onChipBytes())));
        sheet.put(d);
        if (a.array() != null) {
            Sheet.Set s = new Sheet.Set();
            s.setName("pe_array");
            s.setDisplayName(Bundle.LBL_SetArray());
            List<ArrayAxis> axes = a.array().axes();
            for (int i = 0; i < axes.size(); i++) {
                final int ax = i;
                String n = axes.get(i).name();
                s.put(prop("axis" + i + ".size", n + ": size", "PEs along axis " + n, Integer.class,
                        x -> x.array().axes().get(ax).size(), (x, v) -> AcceleratorEdits.resizeAxis(x, ax, v)));
                s.put(prop("axis" + i + ".dims", n + ": parallel dims", "loop dims this axis may be unrolled over, e.g. C, K",
                        String.class, x -> Inputs.formatDims(x.array().axes().get(ax).parallelDims()),
                        (x, v) -> AcceleratorEdits.axisDims(x, ax, Inputs.parseDims(v))));
            }
            sheet.put(s);
        }
        if (a.fpga() != null) {
            Sheet.Set f = new Sheet.Set();
            f.setName("fpga");
            f.setDisplayName(Bundle.LBL_SetFpga());
            f.put(prop("fpga.dsp", "DSP slices", "DSP slices available", Integer.class, x -> x.fpga().dspCount(),
                    (x, v) -> AcceleratorEdits.fpga(x, "dsp_count", v)));
            f.put(prop("fpga.bram", "Block RAM (bytes)", "on-chip block RAM", Long.class, x -> x.fpga().bramBytes(),
                    (x, v) -> AcceleratorEdits.fpga(x, "bram_bytes", v)));
            f.put(prop("fpga.bw", "Off-chip GB/s", "DDR bandwidth, 10^9 bytes/s", Double.class, x -> x.fpga().offchipGBps(),
                    (x, v) -> AcceleratorEdits.fpga(x, "offchip_gbps", v)));
            f.put(prop("fpga.dsp_per_mac", "DSPs per MAC", "DSP slices one MAC needs at the precision", Integer.class,
                    x -> x.fpga().dspPerMac(), (x, v) -> AcceleratorEdits.fpga(x, "dsp_per_mac", v)));
            sheet.put(f);
        }
        for (int i = 0; i < a.levels().size(); i++) {
            sheet.put(levelSet(i, a.levels().get(i)));
        }
        return sheet;
    }

    private Sheet.Set levelSet(int i, MemoryLevel l) {
        Sheet.Set s = new Sheet.Set();
        s.setName("level" + i);
        s.setDisplayName(Bundle.LBL_SetLevel(i, l.name()));
        Function<Accelerator, MemoryLevel> lv = x -> x.levels().get(i);
        String p = "level" + i + ".";
        s.put(prop(p + "name", "Name", "level name", String.class, x -> lv.apply(x).name(),
                (x, v) -> AcceleratorEdits.levelName(x, i, v)));
        s.put(tags(prop(p + "class", "Class", "technology class", String.class,
                x -> lv.apply(x).memoryClass().name().toLowerCase(),
                (x, v) -> AcceleratorEdits.levelClass(x, i, memoryClass(v))),
                Arrays.stream(MemoryClass.values()).map(c -> c.name().toLowerCase()).toArray(String[]::new)));
        s.put(prop(p + "size", "Size", "one instance: '224 words', '108 KB', '110592 bytes' or 'unbounded'", String.class,
                x -> Inputs.formatCapacity(lv.apply(x).capacity()),
                (x, v) -> AcceleratorEdits.levelCapacity(x, i, Inputs.parseCapacity(v))));
        s.put(prop(p + "sharing", "Sharing", "'per-pe', 'global' or an instance count dividing the PEs", String.class,
                x -> Inputs.formatSharing(lv.apply(x).sharing()),
                (x, v) -> AcceleratorEdits.levelSharing(x, i, Inputs.parseSharing(v))));
        s.put(prop(p + "keeps", "Keeps", "tensors the level holds: weights, inputs, outputs", String.class,
                x -> Inputs.formatTensors(lv.apply(x).keeps()),
                (x, v) -> AcceleratorEdits.levelKeeps(x, i, Inputs.parseTensors(v))));
        s.put(prop(p + "word_bits", "Word bits", "bits per word", Integer.class, x -> lv.apply(x).wordBits(),
                (x, v) -> AcceleratorEdits.levelWordBits(x, i, v)));
        s.put(prop(p + "block_words", "Block words", "words moved by one access", Integer.class,
                x -> lv.apply(x).blockWords(), (x, v) -> AcceleratorEdits.levelBlockWords(x, i, v)));
        s.put(prop(p + "read_bw", "Read bandwidth", "words/cycle per instance, or 'unconstrained'", String.class,
                x -> Inputs.formatBandwidth(lv.apply(x).readBandwidth()),
                (x, v) -> AcceleratorEdits.levelReadBandwidth(x, i, Inputs.parseBandwidth(v))));
        s.put(prop(p + "write_bw", "Write bandwidth", "words/cycle per instance, or 'unconstrained'", String.class,
                x -> Inputs.formatBandwidth(lv.apply(x).writeBandwidth()),
                (x, v) -> AcceleratorEdits.levelWriteBandwidth(x, i, Inputs.parseBandwidth(v))));
        s.put(prop(p + "shared_bw", "Shared bandwidth", "read+write words/cycle of a single-ported level", String.class,
                x -> Inputs.formatBandwidth(lv.apply(x).sharedBandwidth()),
                (x, v) -> AcceleratorEdits.levelSharedBandwidth(x, i, Inputs.parseBandwidth(v))));
        s.put(prop(p + "buffering", "Multiple buffering", "1..8; 2 = double buffering", Integer.class,
                x -> lv.apply(x).multipleBuffering(), (x, v) -> AcceleratorEdits.levelBuffering(x, i, v)));
        s.put(prop(p + "read_pj", "Read energy (pJ)", "per block access", Double.class, x -> lv.apply(x).energy().readPj(),
                (x, v) -> AcceleratorEdits.levelEnergy(x, i, "read_pj", v)));
        s.put(prop(p + "write_pj", "Write energy (pJ)", "per block fill", Double.class, x -> lv.apply(x).energy().writePj(),
                (x, v) -> AcceleratorEdits.levelEnergy(x, i, "write_pj", v)));
        s.put(prop(p + "update_pj", "Update energy (pJ)", "per partial-sum update", Double.class,
                x -> lv.apply(x).energy().updatePj(), (x, v) -> AcceleratorEdits.levelEnergy(x, i, "update_pj", v)));
        s.put(prop(p + "leak_pj", "Leakage (pJ/cycle)", "static energy per instance and cycle", Double.class,
                x -> lv.apply(x).energy().leakPj(), (x, v) -> AcceleratorEdits.levelEnergy(x, i, "leak_pj", v)));
        return s;
    }

    private static Dataflow dataflow(String key) {
        for (Dataflow d : Dataflow.values()) {
            if (d.key().equals(key.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataflow '" + key + "'");
    }

    private static MemoryClass memoryClass(String key) {
        for (MemoryClass c : MemoryClass.values()) {
            if (c.name().equalsIgnoreCase(key.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown memory class '" + key + "' (valid: dram, sram, regfile, register)");
    }

    private <T> Node.Property<T> prop(String name, String display, String hint, Class<T> type,
                                      Function<Accelerator, T> get, ValueEdit<T> set) {
        return new PropertySupport.ReadWrite<T>(name, type, display, hint) {
            @Override
            public T getValue() {
                Accelerator a = editor.current();
                return a == null ? null : get.apply(a);
            }

            @Override
            public boolean canWrite() {
                return editor.current() != null;
            }

            @Override
            public void setValue(T v) throws InvocationTargetException {
                if (v == null) {
                    throw refused("a value is required");
                }
                try {
                    editor.edit(a -> {
                        try {
                            return set.apply(a, v);
                        } catch (IllegalArgumentException e) {
                            throw new EditRefusedException(name, e.getMessage());
                        }
                    });
                } catch (EditRefusedException e) {
                    throw refused(e.getMessage());
                }
            }
        };
    }

    /** The sheet shows the localized message of a rejected value to the user. */
    private static IllegalArgumentException refused(String message) {
        IllegalArgumentException e = new IllegalArgumentException(message);
        Exceptions.attachLocalizedMessage(e, message);
        return e;
    }

    private Node.Property<String> readOnly(String name, String display, String hint,
                                                  Function<Accelerator, String> get) {
        return new PropertySupport.ReadOnly<String>(name, String.class, display, hint) {
            @Override
            public String getValue() {
                Accelerator a = editor.current();
                return a == null ? "" : get.apply(a);
            }
        };
    }

    private static <T> Node.Property<T> tags(Node.Property<T> p, String[] tags) {
        p.setValue("suppressCustomEditor", Boolean.TRUE); // NOI18N
        return new TaggedProperty<>(p, tags);
    }

    /** A property whose editor offers a fixed list of values (a combo box in the sheet). */
    private static final class TaggedProperty<T> extends PropertySupport<T> {
        private final Node.Property<T> delegate;
        private final String[] tags;

        TaggedProperty(Node.Property<T> delegate, String[] tags) {
            super(delegate.getName(), delegate.getValueType(), delegate.getDisplayName(), delegate.getShortDescription(),
                    true, true);
            this.delegate = delegate;
            this.tags = tags.clone();
        }

        @Override
        public T getValue() throws IllegalAccessException, InvocationTargetException {
            return delegate.getValue();
        }

        @Override
        public boolean canWrite() {
            return delegate.canWrite();
        }

        @Override
        public void setValue(T v) throws IllegalAccessException, InvocationTargetException {
            delegate.setValue(v);
        }

        @Override
        public PropertyEditor getPropertyEditor() {
            return new PropertyEditorSupport() {
                @Override
                public String[] getTags() {
                    return tags.clone();
                }

                @Override
                public String getAsText() {
                    Object v = getValue();
                    return v == null ? "" : v.toString();
                }

                @Override
                public void setAsText(String text) {
                    setValue(text);
                }
            };
        }
    }
}
