package org.hwnas.naas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.ModelZoo;

/** The bundled inputs of the co-search: the Eyeriss-like base design and the three benchmark networks. */
public final class Bundled {
    /** Names accepted by {@link #network}. */
    public static final List<String> NETWORKS = List.of("resnet50", "mobilenetv2", "vgg16");

    private Bundled() {
    }

    /** The Eyeriss-like design of {@code examples/accelerators/eyeriss-like.hwacc.json} (a copy ships in this jar). */
    public static Accelerator eyeriss() {
        try (InputStream in = Bundled.class.getResourceAsStream("eyeriss-like.hwacc.json")) {
            return AcceleratorDocument.parse("eyeriss-like.hwacc.json (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the bundled Eyeriss-like design cannot be read: " + e.getMessage(), e);
        }
    }

    /** A bundled network by name; an unknown name gets a message listing the valid ones. */
    public static Network network(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "resnet50" -> ModelZoo.resnet50();
            case "mobilenetv2" -> ModelZoo.mobilenetV2();
            case "vgg16" -> ModelZoo.vgg16();
            default -> throw new IllegalArgumentException("unknown bundled network '" + name + "' (valid: "
                    + String.join(", ", NETWORKS) + ", or a *.hwnet.json file)");
        };
    }
}
