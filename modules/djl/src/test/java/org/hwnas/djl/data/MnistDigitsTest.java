package org.hwnas.djl.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.hwnas.djl.DjlRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistDigitsTest {
    static final Path DATA = Path.of("../../data/mnist10k");

    @TempDir
    Path dir;

    @Test
    void theShippedDigitsAreTenThousandBalancedRealDigits() {
        MnistDigits d = MnistDigits.shipped();
        assertThat(d.size()).isEqualTo(10_000);
        assertThat(d.rows()).isEqualTo(28);
        assertThat(d.cols()).isEqualTo(28);
        int[] perClass = new int[10];
        long ink = 0;
        for (int i = 0; i < d.size(); i++) {
            perClass[d.label(i)]++;
        }
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                ink += d.pixel(0, r, c);
            }
        }
        assertThat(Arrays.stream(perClass).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
        // a real digit: a dark frame and some ink in the middle (MNIST digits cover about 19 % of the pixels)
        assertThat(d.pixel(0, 0, 0)).isZero();
        assertThat(ink).isBetween(20L * 255, 400L * 255);
    }

    @Test
    void theProjectCopyReadsTheSameAsTheJarCopy() {
        MnistDigits file = MnistDigits.load(DATA);
        MnistDigits jar = MnistDigits.shipped();
        assertThat(file.size()).isEqualTo(jar.size());
        for (int i : new int[] {0, 1234, 9999}) {
            assertThat(file.label(i)).isEqualTo(jar.label(i));
            assertThat(file.pixel(i, 14, 14)).isEqualTo(jar.pixel(i, 14, 14));
        }
    }

    @Test
    void batchesAreNormalisedCentredAndCopiedPerChannel() {
        DjlRuntime.start();
        MnistDigits d = MnistDigits.shipped();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = d.images(m, new int[] {5, 6}, InputFormat.CIFAR);
            assertThat(x.getShape()).isEqualTo(new Shape(2, 3, 32, 32));
            float[] v = x.toFloatArray();
            float background = -MnistDigits.MEAN / MnistDigits.STD;
            assertThat(v[0]).isEqualTo(background); // the 2-pixel border
            int r = 14;
            int c = 14;
            float expected = (d.pixel(5, r, c) / 255f - MnistDigits.MEAN) / MnistDigits.STD;
            for (int ch = 0; ch < 3; ch++) {
                assertThat(v[ch * 1024 + (r + 2) * 32 + c + 2]).isEqualTo(expected);
            }
            assertThat(d.labels(m, new int[] {5, 6}).toLongArray()).containsExactly(d.label(5), d.label(6));
        }
    }

    @Test
    void splitsAreDisjointCompleteAndSeeded() {
        MnistDigits d = MnistDigits.shipped();
        MnistDigits.Split a = d.split(2000, 1);
        assertThat(a.validation()).hasSize(2000);
        assertThat(a.train()).hasSize(8000);
        int[] all = new int[10_000];
        System.arraycopy(a.train(), 0, all, 0, 8000);
        System.arraycopy(a.validation(), 0, all, 8000, 2000);
        Arrays.sort(all);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i]).isEqualTo(i);
        }
        assertThat(d.split(2000, 1).train()).isEqualTo(a.train());
        assertThat(d.split(2000, 2).train()).isNotEqualTo(a.train());
        assertThatThrownBy(() -> d.split(0, 1)).hasMessage("validation size must be 1..9999, got 0");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.copy(DATA.resolve(MnistDigits.IMAGES), dir.resolve(MnistDigits.IMAGES));
        assertThatThrownBy(() -> MnistDigits.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessage(dir.resolve(MnistDigits.LABELS) + ": file not found");
    }

    @Test
    void aFileThatIsNotGzipIsNamed() throws IOException {
        Files.copy(DATA.resolve(MnistDigits.IMAGES), dir.resolve(MnistDigits.IMAGES));
        Files.writeString(dir.resolve(MnistDigits.LABELS), "not gzip at all");
        assertThatThrownBy(() -> MnistDigits.load(dir))
                .hasMessageStartingWith(dir.resolve(MnistDigits.LABELS) + ": not a valid gzip file");
    }

    @Test
    void aTruncatedFileIsNamed() throws IOException {
        byte[] whole = Files.readAllBytes(DATA.resolve(MnistDigits.IMAGES));
        Files.write(dir.resolve(MnistDigits.IMAGES), Arrays.copyOf(whole, whole.length / 2));
        Files.copy(DATA.resolve(MnistDigits.LABELS), dir.resolve(MnistDigits.LABELS));
        assertThatThrownBy(() -> MnistDigits.load(dir))
                .hasMessageStartingWith(dir.resolve(MnistDigits.IMAGES) + ": truncated");
    }

    @Test
    void headerProblemsAreNamed() throws IOException {
        Path f = dir.resolve("x.gz");
        write(f, 0x0801, new int[] {3}, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> IdxReader.read("x.gz", Files.newInputStream(f), 3))
                .hasMessage("x.gz: not an IDX file of 3-D unsigned bytes (magic 0x00000801, expected 0x00000803)");
        write(f, 0x0801, new int[] {4}, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> IdxReader.read("x.gz", Files.newInputStream(f), 1))
                .hasMessage("x.gz: truncated: header announces 4 bytes of data, file has 3");
        write(f, 0x0801, new int[] {2}, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> IdxReader.read("x.gz", Files.newInputStream(f), 1))
                .hasMessage("x.gz: has data after the 2 bytes its header announces");
        write(f, 0x0803, new int[] {60_000, 28, 0}, new byte[0]);
        assertThatThrownBy(() -> IdxReader.read("x.gz", Files.newInputStream(f), 3))
                .hasMessage("x.gz: dimension 2 has size 0; must be > 0");
        write(f, 0x0803, new int[] {1 << 20, 1 << 10, 1 << 10}, new byte[0]);
        assertThatThrownBy(() -> IdxReader.read("x.gz", Files.newInputStream(f), 3))
                .hasMessage("x.gz: header announces more than 268435456 bytes of data");
    }

    @Test
    void labelsMustBeDigitsAndMatchTheImages() throws IOException {
        write(dir.resolve(MnistDigits.IMAGES), 0x0803, new int[] {2, 1, 1}, new byte[] {0, 0});
        write(dir.resolve(MnistDigits.LABELS), 0x0801, new int[] {2}, new byte[] {3, 12});
        assertThatThrownBy(() -> MnistDigits.load(dir))
                .hasMessage(dir.resolve(MnistDigits.LABELS) + ": label 12 at index 1 is not a digit 0..9");
        write(dir.resolve(MnistDigits.LABELS), 0x0801, new int[] {3}, new byte[] {3, 1, 2});
        assertThatThrownBy(() -> MnistDigits.load(dir))
                .hasMessage(dir.resolve(MnistDigits.LABELS) + ": has 3 labels but " + dir.resolve(MnistDigits.IMAGES) + " has 2 images");
    }

    static void write(Path file, int magic, int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
        Files.write(file, bytes.toByteArray());
    }
}
