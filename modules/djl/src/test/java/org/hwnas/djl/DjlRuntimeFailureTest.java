package org.hwnas.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A native library that cannot load gives one clear line, not a stack trace. */
class DjlRuntimeFailureTest {

    @TempDir
    Path cache;

    /** Run in a forked JVM: asks for a libtorch version that no jar ships, with an empty cache. */
    public static void main(String[] args) {
        try {
            System.out.println("started " + DjlRuntime.start());
        } catch (DjlUnavailableException e) {
            System.out.println(e.getMessage());
        }
    }

    @Test
    void aMissingNativeLibraryIsOneClearLine() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-DPYTORCH_VERSION=9.9.9", "-DDJL_CACHE_DIR=" + cache,
                "-cp", System.getProperty("java.class.path"), DjlRuntimeFailureTest.class.getName())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).last().asString()
                .startsWith("cannot start DJL's PyTorch engine: ")
                .contains("Offline mode is enabled")
                .contains("pytorch-native-cpu jar");
        assertThat(String.join("\n", lines)).doesNotContain("\tat ");
    }

    @Test
    void reasonsJoinTheCauseChain() {
        Exception e = new IllegalStateException("Failed to save pytorch index file", new IOException("Offline mode is enabled."));
        assertThat(DjlRuntime.reason(e)).isEqualTo("Failed to save pytorch index file: Offline mode is enabled");
        assertThat(DjlRuntime.reason(new UnsatisfiedLinkError())).isEqualTo("UnsatisfiedLinkError");
    }
}
