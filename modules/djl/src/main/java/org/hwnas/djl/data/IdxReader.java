package org.hwnas.djl.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads gzip-compressed IDX files of unsigned bytes, the format of the MNIST database: a big-endian magic
 * {@code 0x0000 08 D} (type 8 = unsigned byte, {@code D} dimensions), {@code D} big-endian sizes, then the
 * data. Every problem becomes a {@link DatasetException} naming the file.
 */
public final class IdxReader {
    /** Bytes refused above this, so a corrupt header cannot make us allocate gigabytes. */
    static final long MAX_BYTES = 256L << 20;

    /** The decoded file: its dimension sizes and the data in row-major order. */
    public record Idx(int[] dims, byte[] data) {
    }

    private IdxReader() {
    }

    /**
     * @param file     the file's name, for messages
     * @param gzipped  the compressed bytes (the stream is closed)
     * @param dims     the number of dimensions expected (1 for labels, 3 for images)
     */
    public static Idx read(String file, InputStream gzipped, int dims) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped)))) {
            int magic = in.readInt();
            int want = 0x0800 | dims;
            if (magic != want) {
                throw new DatasetException(file, String.format("not an IDX file of %d-D unsigned bytes (magic 0x%08x, expected 0x%08x)",
                        dims, magic, want));
            }
            int[] sizes = new int[dims];
            long total = 1;
            for (int d = 0; d < dims; d++) {
                sizes[d] = in.readInt();
                if (sizes[d] <= 0) {
                    throw new DatasetException(file, "dimension " + d + " has size " + sizes[d] + "; must be > 0");
                }
                total *= sizes[d];
                if (total > MAX_BYTES) {
                    throw new DatasetException(file, "header announces more than " + MAX_BYTES + " bytes of data");
                }
            }
            byte[] data = new byte[(int) total];
            int read = in.readNBytes(data, 0, data.length);
            if (read < data.length) {
                throw new DatasetException(file, "truncated: header announces " + data.length + " bytes of data, file has " + read);
            }
            if (in.read() >= 0) {
                throw new DatasetException(file, "has data after the " + data.length + " bytes its header announces");
            }
            return new Idx(sizes, data);
        } catch (ZipException e) {
            throw new DatasetException(file, "not a valid gzip file (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new DatasetException(file, "truncated: ends inside the header or the compressed data", e);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
