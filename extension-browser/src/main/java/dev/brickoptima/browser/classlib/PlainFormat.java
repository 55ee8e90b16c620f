package dev.brickoptima.browser.classlib;

/**
 * What JSqlParser's {@code String.format} calls become in the browser engines ({@code FormatCallTransformer}): its
 * format strings only use {@code %s} ("%s OVERLAPS %s", "%s => %s"), and TeaVM's full {@code java.util.Formatter}
 * brings DecimalFormat and the CLDR locale tables with it (35 KB gzip of sql-engine.js). Supports {@code %s},
 * {@code %%} and {@code %n}; any other conversion is an error, never a silently different text.
 */
public final class PlainFormat {
    private PlainFormat() {
    }

    public static String format(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char conversion = i + 1 < format.length() ? format.charAt(i + 1) : ' ';
            i++;
            if (conversion == 's') {
                if (args == null || next >= args.length) throw new IllegalArgumentException("missing argument for %s in: " + format);
                out.append(args[next++]);
            } else if (conversion == '%') {
                out.append('%');
            } else if (conversion == 'n') {
                out.append('\n');
            } else {
                throw new IllegalArgumentException("unsupported format conversion %" + conversion + " in: " + format);
            }
        }
        return out.toString();
    }
}
