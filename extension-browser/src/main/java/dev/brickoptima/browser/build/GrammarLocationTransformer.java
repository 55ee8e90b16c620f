package dev.brickoptima.browser.build;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TeaVM class transformer (build time only, passed by {@link TeaVMBuild}): takes the grammar positions out of
 * JSqlParser's generated parser. JavaCC passes one with every token the parser consumes or looks ahead for
 * ({@code jj_consume_token(K_SELECT, "16425:13")}) and stores them in {@code jj_la1_loc}, about 5,800 strings, only
 * to print "@ line:column of the grammar" after each expected token in {@code ParseException.getMessage()}.
 * BrickOptima never shows that message (SqlParser builds its own from the exception's tokens), and the positions
 * cost about 20 KB gzip of sql-engine.js. Here the position arguments become null (the parser takes null: it is
 * only ever appended to that message) and the stores into {@code jj_la1_loc} go.
 */
public final class GrammarLocationTransformer implements ClassHolderTransformer {
    private static final String PARSER = "net.sf.jsqlparser.parser.CCJSqlParser";
    private static final String FIELD = "jj_la1_loc";
    /** The parser's methods whose last parameter is a grammar position. */
    private static final Set<String> TAKES_POSITION = Set.of("jj_consume_token", "jj_scan_token", "jj_add_error_token");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(PARSER)) return;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) continue;
            for (int b = 0; b < program.basicBlockCount(); b++) {
                removeStores(program.basicBlockAt(b));
            }
        }
    }

    /** Within one block (aload_0; getfield jj_la1_loc; index; ldc; aastore / ldc; invoke), what javac emits for them. */
    private static void removeStores(BasicBlock block) {
        Map<Variable, Instruction> definedBy = new HashMap<>();
        List<Instruction> stores = new ArrayList<>();
        List<StringConstantInstruction> positions = new ArrayList<>();
        for (Instruction insn : block) {
            if (insn instanceof GetFieldInstruction) {
                definedBy.put(((GetFieldInstruction) insn).getReceiver(), insn);
            } else if (insn instanceof UnwrapArrayInstruction) {
                definedBy.put(((UnwrapArrayInstruction) insn).getReceiver(), insn);
            } else if (insn instanceof StringConstantInstruction) {
                definedBy.put(((StringConstantInstruction) insn).getReceiver(), insn);
            } else if (insn instanceof PutElementInstruction && isLocationArray(definedBy, ((PutElementInstruction) insn).getArray())) {
                stores.add(insn);
            } else if (insn instanceof InvokeInstruction) {
                InvokeInstruction call = (InvokeInstruction) insn;
                List<? extends Variable> args = call.getArguments();
                if (!call.getMethod().getClassName().equals(PARSER) || !TAKES_POSITION.contains(call.getMethod().getName())
                        || args.isEmpty()) continue;
                Instruction last = definedBy.get(args.get(args.size() - 1));
                if (last instanceof StringConstantInstruction && isPosition(((StringConstantInstruction) last).getConstant())) {
                    positions.add((StringConstantInstruction) last);
                }
            }
        }
        for (Instruction store : stores) store.delete();
        for (StringConstantInstruction position : positions) {
            if (position.getBasicBlock() == null) continue; // one constant passed twice
            NullConstantInstruction none = new NullConstantInstruction();
            none.setReceiver(position.getReceiver());
            none.setLocation(position.getLocation());
            position.replace(none);
        }
    }

    /** "16425:13": a line and column of JSqlParser's grammar file. */
    private static boolean isPosition(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) return false;
        for (int i = 0; i < s.length(); i++) {
            if (i != colon && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        }
        return true;
    }

    private static boolean isLocationArray(Map<Variable, Instruction> definedBy, Variable array) {
        Instruction def = definedBy.get(array);
        if (def instanceof UnwrapArrayInstruction) def = definedBy.get(((UnwrapArrayInstruction) def).getArray());
        return def instanceof GetFieldInstruction
            && ((GetFieldInstruction) def).getField().getClassName().equals(PARSER)
            && ((GetFieldInstruction) def).getField().getFieldName().equals(FIELD);
    }
}
