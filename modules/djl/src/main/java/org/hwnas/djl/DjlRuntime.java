package org.hwnas.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts DJL's PyTorch engine once per JVM, the same way everywhere (CLI, tests, IDE):
 * <ul>
 * <li>offline: {@code ai.djl.offline=true} is forced, so DJL never tries to download anything; the native
 *     libtorch comes from the {@code pytorch-native-cpu} jar and is extracted to {@code ~/.djl.ai/pytorch}
 *     on first use;</li>
 * <li>the engine is registered explicitly, because DJL's own {@code ServiceLoader} look-up uses the
 *     thread's context class loader, which inside a NetBeans module does not see DJL's jars;</li>
 * <li>intra-op threads: {@code hwnas.threads} if set, else one per available core; one inter-op thread
 *     (our graphs run one op at a time);</li>
 * <li>the default device: system property {@value #DEVICE_PROPERTY} ({@code auto}, {@code cpu} or
 *     {@code gpu}; the IDE's Options panel sets it), read by {@link #defaultDevice()} whenever code builds
 *     on the default device (zero-cost proxies, short training); code given a device explicitly (the
 *     {@code measured} latency model's {@code device}, {@code hwnas profile --device}) uses that one.</li>
 * </ul>
 */
public final class DjlRuntime {
    public static final String ENGINE = "PyTorch";
    /** System property naming the default device: {@code auto} (default), {@code cpu} or {@code gpu}. */
    public static final String DEVICE_PROPERTY = "hwnas.djl.device";
    /** The values {@value #DEVICE_PROPERTY} takes; {@code auto} = the first GPU DJL reports, else the CPU. */
    public static final List<String> DEVICE_NAMES = List.of("auto", "cpu", "gpu");

    /** What {@link #start()} found. */
    public record Info(String engine, String version, Device device, int threads) {
        @Override
        public String toString() {
            return engine + " " + version + " on " + device + ", " + threads + " thread(s)";
        }
    }

    private static Info info;
    /** PyTorch allows one gradient recording per process at a time (DJL throws otherwise). */
    private static final Object GRADIENT_LOCK = new Object();

    private DjlRuntime() {
    }

    /**
     * Starts the engine (idempotent) and returns what it runs on.
     *
     * @throws DjlUnavailableException with a one-line reason when the native library cannot load
     */
    public static synchronized Info start() {
        if (info != null) {
            return info;
        }
        int threads = Integer.getInteger("hwnas.threads", Runtime.getRuntime().availableProcessors());
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.default_engine", ENGINE);
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(DjlRuntime.class.getClassLoader());
        try {
            if (!Engine.hasEngine(ENGINE)) {
                Engine.registerEngine(new PtEngineProvider());
            }
            Engine engine = Engine.getEngine(ENGINE);
            Device device = engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
            info = new Info(ENGINE, engine.getVersion(), device, threads);
            return info;
        } catch (RuntimeException | LinkageError e) {
            throw new DjlUnavailableException("cannot start DJL's PyTorch engine: " + reason(e)
                    + " (DJL runs offline: libtorch must come from the pytorch-native-cpu jar on the class path, which is "
                    + "extracted to ~/.djl.ai/pytorch or $DJL_CACHE_DIR; check that the jar is there and the directory is writable)", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * Hold this while recording gradients ({@code newGradientCollector()} ... {@code close()}): DJL's
     * PyTorch engine refuses a second collector while one is open, in any thread.
     */
    public static Object gradientLock() {
        return GRADIENT_LOCK;
    }

    /**
     * Sets PyTorch's intra-op thread count for work started from the calling thread and returns the
     * previous count. With OpenMP the setting is per calling thread, so code that wants a particular
     * count (the profiler, the trainer) sets it where it runs rather than relying on start-up.
     */
    public static int useThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        start();
        int previous = JniUtils.getNumThreads();
        if (previous != threads) {
            JniUtils.setNumThreads(threads);
        }
        return previous;
    }

    /** The engine, started if needed. */
    public static Engine engine() {
        start();
        return Engine.getEngine(ENGINE);
    }

    /** The default device DJL computes on: {@link #defaultDevice()}. */
    public static Device device() {
        return defaultDevice();
    }

    /**
     * The default device: as {@value #DEVICE_PROPERTY} names it, read at each call (the IDE may change it
     * while running); {@code auto} or unset = the first GPU when the engine reports one, the CPU otherwise.
     *
     * @throws IllegalArgumentException when the property names no known device, or {@code gpu} where DJL reports none
     */
    public static Device defaultDevice() {
        String name = defaultDeviceName();
        return name.equals("auto") ? start().device() : device(name);
    }

    /**
     * The value of {@value #DEVICE_PROPERTY}, trimmed and lower-cased; {@code auto} when unset or blank.
     *
     * @throws IllegalArgumentException naming the property, the value and the valid ones when it is not one of them
     */
    public static String defaultDeviceName() {
        String v = System.getProperty(DEVICE_PROPERTY);
        if (v == null || v.isBlank()) {
            return "auto";
        }
        String name = v.strip().toLowerCase(java.util.Locale.ROOT);
        if (!DEVICE_NAMES.contains(name)) {
            throw new IllegalArgumentException("system property " + DEVICE_PROPERTY + ": unknown device '" + v.strip()
                    + "' (valid: " + String.join(", ", DEVICE_NAMES) + ")");
        }
        return name;
    }

    /**
     * The device named {@code cpu} or {@code gpu}.
     *
     * @throws IllegalArgumentException for another name, or {@code gpu} where DJL reports none
     */
    public static Device device(String name) {
        return switch (name) {
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                if (!start().device().isGpu()) {
                    throw new IllegalArgumentException("device 'gpu': DJL reports no GPU on this machine (the CPU build of libtorch is installed)");
                }
                yield Device.gpu();
            }
            default -> throw new IllegalArgumentException("unknown device '" + name + "' (valid: cpu, gpu)");
        };
    }

    /** The distinct first lines of the cause chain, outermost first: "what failed: why". */
    static String reason(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage();
            String line = msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg.lines().findFirst().orElse("").strip();
            if (parts.stream().noneMatch(p -> p.contains(line))) {
                parts.add(line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return String.join(": ", parts);
    }
}
