package org.hwnas.djl.data;

/**
 * How digits are fed to a network: {@code channels x size x size}. Digits are centred in the frame (a
 * 28x28 digit in 32x32 gets a 2-pixel black border) and copied to every channel, so CIFAR-shaped networks
 * can see real images too.
 */
public record InputFormat(int channels, int size) {
    /** MNIST as it is: 1 x 28 x 28. */
    public static final InputFormat MNIST = new InputFormat(1, 28);
    /** CIFAR-10's input shape, 3 x 32 x 32 (NAS-Bench-201's network). */
    public static final InputFormat CIFAR = new InputFormat(3, 32);

    public InputFormat {
        if (channels <= 0 || size <= 0) {
            throw new IllegalArgumentException("input format needs positive channels and size, got " + channels + "x" + size);
        }
    }
}
