package dev.brickoptima.browser.build;

import dev.brickoptima.browser.classlib.PlainFormat;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * TeaVM class transformer (build time only, passed by {@link TeaVMBuild}): JSqlParser's calls of
 * {@code String.format(String, Object...)} become calls of {@link PlainFormat#format}, which keeps TeaVM's
 * {@code java.util.Formatter}, DecimalFormat and CLDR tables out of sql-engine.js. Only classes of JSqlParser are
 * changed; BrickOptima's own code does not call {@code String.format} (the engine stays TeaVM-safe).
 */
public final class FormatCallTransformer implements ClassHolderTransformer {
    private static final MethodReference STRING_FORMAT =
        new MethodReference(String.class, "format", String.class, Object[].class, String.class);
    private static final MethodReference PLAIN_FORMAT =
        new MethodReference(PlainFormat.class, "format", String.class, Object[].class, String.class);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().startsWith("net.sf.jsqlparser.")) return;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) continue;
            for (int b = 0; b < program.basicBlockCount(); b++) {
                BasicBlock block = program.basicBlockAt(b);
                for (Instruction insn : block) {
                    if (insn instanceof InvokeInstruction && STRING_FORMAT.equals(((InvokeInstruction) insn).getMethod())) {
                        ((InvokeInstruction) insn).setMethod(PLAIN_FORMAT);
                    }
                }
            }
        }
    }
}
