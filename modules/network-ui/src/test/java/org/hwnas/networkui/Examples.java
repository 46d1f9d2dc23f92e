package org.hwnas.networkui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example documents of the repository (examples/networks), read by the tests. */
public final class Examples {
    public static final Path NETWORKS = Path.of("../../examples/networks");

    private Examples() {
    }

    public static String text(String file) throws IOException {
        return Files.readString(NETWORKS.resolve(file));
    }

    public static List<Path> networks() throws IOException {
        try (Stream<Path> s = Files.list(NETWORKS)) {
            return s.filter(p -> p.toString().endsWith(".hwnet.json")).sorted().toList();
        }
    }
}
