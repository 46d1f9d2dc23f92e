package org.hwnas.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default DJL device comes from hwnas.djl.device (the IDE's Options panel), validated; explicit devices win. */
class DefaultDeviceTest {

    @AfterEach
    void clear() {
        System.clearProperty(DjlRuntime.DEVICE_PROPERTY);
    }

    @Test
    void unsetOrBlankIsAutoAndAutoIsWhatTheEngineReports() {
        assertThat(DjlRuntime.defaultDeviceName()).isEqualTo("auto");
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, "  ");
        assertThat(DjlRuntime.defaultDeviceName()).isEqualTo("auto");
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, "auto");
        assertThat(DjlRuntime.defaultDevice()).isEqualTo(DjlRuntime.start().device());
    }

    @Test
    void cpuIsTheCpuWhateverTheMachineAndNamesAreCaseInsensitive() {
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, " CPU ");
        assertThat(DjlRuntime.defaultDeviceName()).isEqualTo("cpu");
        assertThat(DjlRuntime.defaultDevice()).isEqualTo(Device.cpu());
        assertThat(DjlRuntime.device()).isEqualTo(Device.cpu()); // what DjlNetwork.build uses by default
    }

    @Test
    void gpuIsTheGpuWhereThereIsOneAndAClearErrorWhereNot() {
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, "gpu");
        if (DjlRuntime.start().device().isGpu()) {
            assertThat(DjlRuntime.defaultDevice()).isEqualTo(Device.gpu());
        } else {
            assertThatThrownBy(DjlRuntime::defaultDevice).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("device 'gpu': DJL reports no GPU on this machine (the CPU build of libtorch is installed)");
        }
        // an explicit device is not affected by the default
        assertThat(DjlRuntime.device("cpu")).isEqualTo(Device.cpu());
    }

    @Test
    void anUnknownNameNamesThePropertyTheValueAndTheValidOnes() {
        System.setProperty(DjlRuntime.DEVICE_PROPERTY, "tpu");
        assertThatThrownBy(DjlRuntime::defaultDeviceName).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system property hwnas.djl.device: unknown device 'tpu' (valid: auto, cpu, gpu)");
    }
}
