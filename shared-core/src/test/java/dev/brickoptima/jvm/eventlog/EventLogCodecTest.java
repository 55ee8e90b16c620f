package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Codec detection by content, and plain logs without any codec library on the classpath. */
class EventLogCodecTest {

    @Test
    void detectsEachCodecByItsMagicBytes() {
        assertThat(detect("LZ4Block\u0025")).isEqualTo(EventLogCodec.LZ4);
        assertThat(EventLogCodec.detect(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0}, 5)).isEqualTo(EventLogCodec.ZSTD);
        assertThat(EventLogCodec.detect(new byte[] {(byte) 0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0}, 8)).isEqualTo(EventLogCodec.SNAPPY);
        assertThat(detect("\n {\"Event\"")).isEqualTo(EventLogCodec.PLAIN);
        assertThat(detect("SELECT 1")).isNull();
        assertThat(detect("")).isNull();
    }

    private static EventLogCodec detect(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return EventLogCodec.detect(b, b.length);
    }

    @Test
    void plainLogsNeedNoCodecLibrary() throws Exception {
        // a class loader with this module's classes and Jackson, but none of lz4, zstd or snappy
        List<URL> urls = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.contains("lz4") || e.contains("zstd") || e.contains("snappy")) continue;
            urls.add(Path.of(e).toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> codec = loader.loadClass(EventLogCodec.class.getName());
            Object plain = codec.getField("PLAIN").get(null);
            InputStream in = new ByteArrayInputStream("{\"Event\":\"SparkListenerLogStart\"}\n".getBytes(StandardCharsets.UTF_8));
            Object out = codec.getMethod("decode", InputStream.class).invoke(plain, in);
            assertThat(out).isSameAs(in);
            Object zstd = codec.getField("ZSTD").get(null);
            Throwable t = null;
            try {
                codec.getMethod("decode", InputStream.class).invoke(zstd, in);
            } catch (java.lang.reflect.InvocationTargetException e) {
                t = e.getCause();
            }
            assertThat(t).isNotNull().hasMessageContaining("zstd codec is not available");
        }
    }
}
