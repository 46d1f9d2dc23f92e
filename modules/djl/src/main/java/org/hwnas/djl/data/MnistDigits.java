package org.hwnas.djl.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The 10,000 real MNIST digits shipped with the workbench ({@code data/mnist10k}, packaged in this jar),
 * or the same two IDX files from a directory. Immutable; batches are made on demand.
 */
public final class MnistDigits {
    public static final String IMAGES = "mnist10k-images-idx3-ubyte.gz";
    public static final String LABELS = "mnist10k-labels-idx1-ubyte.gz";
    static final String RESOURCE_DIR = "/org/hwnas/djl/data/mnist10k/";
    /** The usual MNIST normalisation (mean and standard deviation of the training pixels in [0, 1]). */
    static final float MEAN = 0.1307f;
    static final float STD = 0.3081f;

    private static MnistDigits shipped;

    private final byte[] pixels;
    private final byte[] labels;
    private final int rows;
    private final int cols;

    private MnistDigits(String imageFile, IdxReader.Idx images, String labelFile, IdxReader.Idx labels) {
        int count = images.dims()[0];
        if (labels.dims()[0] != count) {
            throw new DatasetException(labelFile, "has " + labels.dims()[0] + " labels but " + imageFile + " has " + count + " images");
        }
        for (int i = 0; i < count; i++) {
            int v = labels.data()[i] & 0xff;
            if (v > 9) {
                throw new DatasetException(labelFile, "label " + v + " at index " + i + " is not a digit 0..9");
            }
        }
        this.pixels = images.data();
        this.labels = labels.data();
        this.rows = images.dims()[1];
        this.cols = images.dims()[2];
    }

    /** The digits inside this jar (read once, then shared). */
    public static synchronized MnistDigits shipped() {
        if (shipped == null) {
            shipped = new MnistDigits(IMAGES, IdxReader.read(IMAGES, resource(IMAGES), 3),
                    LABELS, IdxReader.read(LABELS, resource(LABELS), 1));
        }
        return shipped;
    }

    /** Reads {@link #IMAGES} and {@link #LABELS} from a directory. */
    public static MnistDigits load(Path dir) {
        Path images = dir.resolve(IMAGES);
        Path labels = dir.resolve(LABELS);
        return new MnistDigits(images.toString(), IdxReader.read(images.toString(), open(images), 3),
                labels.toString(), IdxReader.read(labels.toString(), open(labels), 1));
    }

    private static InputStream resource(String name) {
        InputStream in = MnistDigits.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new DatasetException(name, "not found on the class path (" + RESOURCE_DIR + name + ")");
        }
        return in;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot open: " + e.getMessage(), e);
        }
    }

    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int label(int index) {
        return labels[index] & 0xff;
    }

    /** Pixel {@code (r, c)} of digit {@code index}, 0..255. */
    public int pixel(int index, int r, int c) {
        return pixels[(index * rows + r) * cols + c] & 0xff;
    }

    /** A fixed random split into training and validation indices (the same seed gives the same split). */
    public Split split(int validation, long seed) {
        if (validation <= 0 || validation >= size()) {
            throw new IllegalArgumentException("validation size must be 1.." + (size() - 1) + ", got " + validation);
        }
        int[] order = shuffled(size(), seed);
        return new Split(Arrays.copyOfRange(order, validation, order.length), Arrays.copyOfRange(order, 0, validation));
    }

    /** Indices {@code 0..n-1} in a seeded Fisher-Yates order. */
    public static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The digits at {@code indices} as a normalised {@code N x C x S x S} float batch. */
    public NDArray images(NDManager manager, int[] indices, InputFormat format) {
        int s = format.size();
        if (s < rows || s < cols) {
            throw new IllegalArgumentException("input size " + s + " is smaller than the " + rows + "x" + cols + " digits");
        }
        int top = (s - rows) / 2;
        int left = (s - cols) / 2;
        float background = -MEAN / STD;
        int plane = s * s;
        float[] data = new float[indices.length * format.channels() * plane];
        Arrays.fill(data, background);
        for (int n = 0; n < indices.length; n++) {
            int base = n * format.channels() * plane;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float v = (pixel(indices[n], r, c) / 255f - MEAN) / STD;
                    for (int ch = 0; ch < format.channels(); ch++) {
                        data[base + ch * plane + (top + r) * s + left + c] = v;
                    }
                }
            }
        }
        return manager.create(data, new Shape(indices.length, format.channels(), s, s));
    }

    /** The labels at {@code indices}, as an int64 vector (what softmax cross-entropy takes). */
    public NDArray labels(NDManager manager, int[] indices) {
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = label(indices[i]);
        }
        return manager.create(out);
    }

    /** Training and validation indices into the digits. */
    public record Split(int[] train, int[] validation) {
    }
}
