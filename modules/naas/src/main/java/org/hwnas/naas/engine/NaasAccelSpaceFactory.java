package org.hwnas.naas.engine;

import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocNode;
import org.hwnas.naas.Bundled;
import org.hwnas.naas.HardwareSpace;
import org.hwnas.search.space.SpaceOptions;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "naas-accel", "base": "../accelerators/eyeriss-like.hwacc.json", "pes": 168,
 * "onchip_bytes": 197952, "min_axis": 2}}: all optional; the base defaults to the bundled Eyeriss-like
 * design, {@code pes} and {@code onchip_bytes} to the base's.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class NaasAccelSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "naas-accel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAAS accelerator encoding (array shape, buffer split, connectivity importance vectors) at equal PEs and on-chip bytes";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "base", "pes", "onchip_bytes", "min_axis");
        Accelerator base = spec.has("base") ? SpaceOptions.design(spec, "base") : Bundled.eyeriss();
        if (base == null) {
            return null; // problem recorded
        }
        int pes = spec.integer("pes", base.totalPes(), 1, 1 << 20);
        long bytes = spec.longValue("onchip_bytes", HardwareSpace.onchipBytes(base), 1, Long.MAX_VALUE / 4);
        int minAxis = spec.integer("min_axis", 2, 1, 1 << 20);
        try {
            return new NaasAccelSpace(new HardwareSpace(base, pes, bytes, minAxis, HardwareSpace.Mode.FULL));
        } catch (IllegalArgumentException e) {
            spec.error(e.getMessage());
            return null;
        }
    }
}
