package org.hwnas.arch;

import java.io.IOException;
import java.io.InputStream;

/** Loads data tables shipped inside the jars, turning a missing or unreadable one into one clear error. */
public final class DataResources {
    private DataResources() {
    }

    /** Parses one table from its stream; {@code label} names it in errors. */
    @FunctionalInterface
    public interface TableReader<T> {
        T read(String label, InputStream in) throws IOException;
    }

    /** Reads the resource {@code name} next to {@code anchor} with {@code reader}. */
    public static <T> T read(Class<?> anchor, String name, TableReader<T> reader) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException(name + ": data file missing from the classpath (build the module with its data/ folder)");
            }
            return reader.read(name, in);
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
