package org.hwnas.model.network.zoo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;

/**
 * The example networks, written from their published layer shapes, and the tool that writes them to
 * {@code examples/networks/} (a test checks the committed files still equal what this class builds).
 */
public final class ModelZoo {
    private ModelZoo() {
    }

    public static Network alexnet() {
        return PlainNets.alexnet();
    }

    public static Network vgg16() {
        return PlainNets.vgg16();
    }

    public static Network resnet18() {
        return ResNets.resnet18();
    }

    public static Network resnet50() {
        return ResNets.resnet50();
    }

    public static Network mobilenetV2() {
        return MobileNets.mobilenetV2();
    }

    /** The NAS-Bench-201 network of {@link Nb201#EXAMPLE_ARCH}. */
    public static Network nb201Cell() {
        return Nb201.network("nb201-cell", Nb201Arch.parse(Nb201.EXAMPLE_ARCH), Nb201.CHANNELS,
                Nb201.CELLS_PER_STAGE, Nb201.CLASSES);
    }

    /** Every example, keyed by its file stem ({@code resnet50} -> {@code resnet50.hwnet.json}). */
    public static Map<String, Network> examples() {
        Map<String, Network> m = new LinkedHashMap<>();
        m.put("alexnet", alexnet());
        m.put("vgg16", vgg16());
        m.put("resnet18", resnet18());
        m.put("resnet50", resnet50());
        m.put("mobilenetv2", mobilenetV2());
        m.put("nb201-cell", nb201Cell());
        return m;
    }

    public static Path fileFor(Path dir, String stem) {
        return dir.resolve(stem + ".hwnet.json");
    }

    /** Writes every example into {@code dir}. */
    public static void writeExamples(Path dir) throws IOException {
        for (Map.Entry<String, Network> e : examples().entrySet()) {
            NetworkDocument.write(e.getValue(), fileFor(dir, e.getKey()));
        }
    }

    /** Regenerates the examples: {@code java ... ModelZoo [dir]} (default {@code examples/networks}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/networks");
        writeExamples(dir);
        System.out.println("wrote " + examples().size() + " networks to " + dir);
    }
}
