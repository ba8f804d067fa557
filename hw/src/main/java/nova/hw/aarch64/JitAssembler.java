package nova.hw.aarch64;

import java.io.ByteArrayOutputStream;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Writes the class file of one translated block: a final class {@code JitCode} extending
 * {@link JitBlock} with a constructor and the method {@code exec(Cpu, JitRunner)}, whose code
 * {@link JitEmitter} emits through the instruction methods here (named like
 * {@code java.lang.classfile.CodeBuilder}'s).
 *
 * <p>Why not the JDK's ClassFile API: every process translates hundreds of blocks while the JVM
 * is still cold, and building them through that general API (run in the JVM's interpreter until
 * it warms up) took ~1.8 ms per block, over half of all translation time. This writer knows the
 * one shape it writes: a byte array, a constant pool, forward branch fix-ups, no stack maps
 * (version 49: the JVM verifies by type inference). Everything it writes is still checked by the
 * JVM's verifier when the class is defined; a block it cannot express (a branch beyond 32 KB)
 * fails with an exception and is left to the interpreter.
 */
final class JitAssembler {
    /** A branch target; bound once with {@link #labelBinding}. */
    static final class Label {
        private int position = -1;
        /** Positions of the branch instructions that jump here before it is bound. */
        private final List<Integer> fixups = new ArrayList<>(2);
    }

    private static final int CLASS_VERSION = 49;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;
    private static final int ACC_SYNTHETIC = 0x1000;
    /**
     * Operand stack slots reserved for exec: the deepest expression the emitter builds needs
     * about a dozen; the verifier rejects a class that would exceed it.
     */
    private static final int MAX_STACK = 32;

    private final ConstantPool pool = new ConstantPool();
    private byte[] code = new byte[4096];
    private int length;
    private int maxLocals = 3; // this, Cpu, JitRunner
    /** Exception table entries in order: the range [start, end), the handler, the caught class's constant. */
    private record Handler(Label start, Label end, Label handler, int type) {}

    private final List<Handler> handlers = new ArrayList<>();

    // ---- the class around the code ----

    /**
     * A static final field of a block class that its initializer copies from the field of the
     * same name and type of the source object (see {@link #blockClass}).
     */
    record StaticCopy(String name, ClassDesc type) {}

    /**
     * The class file of a block class: {@code superclass} with a no-argument constructor,
     * {@code name}{@code descriptor} holding the code emitted into this assembler, the static
     * final fields {@code copies}, and a static initializer that copies them from the object in
     * the static field {@code sourceField} (of type {@code sourceType}) of {@code holder}, then
     * stores an instance in the static field {@code instanceField} of {@code holder} (so defining
     * and initializing the class yields its instance without a method handle, whose first use in
     * a process costs more than a block).
     */
    byte[] blockClass(ClassDesc thisClass, ClassDesc superclass, String name, MethodTypeDesc descriptor,
            ClassDesc holder, String instanceField, String sourceField, ClassDesc sourceType, List<StaticCopy> copies) {
        byte[] body = finishCode();
        int thisIndex = pool.classEntry(thisClass);
        int superIndex = pool.classEntry(superclass);
        int codeName = pool.utf8("Code");
        int initName = pool.utf8("<init>");
        int initType = pool.utf8("()V");
        int superInit = pool.methodRef(superclass, "<init>", "()V");
        int ownInit = pool.methodRef(thisClass, "<init>", "()V");
        int instance = pool.fieldRef(holder, instanceField, superclass.descriptorString());
        int source = pool.fieldRef(holder, sourceField, sourceType.descriptorString());
        int[] from = new int[copies.size()];
        int[] to = new int[copies.size()];
        int[] names = new int[copies.size()];
        int[] types = new int[copies.size()];
        for (int k = 0; k < copies.size(); k++) {
            StaticCopy f = copies.get(k);
            from[k] = pool.fieldRef(sourceType, f.name(), f.type().descriptorString());
            to[k] = pool.fieldRef(thisClass, f.name(), f.type().descriptorString());
            names[k] = pool.utf8(f.name());
            types[k] = pool.utf8(f.type().descriptorString());
        }
        int clinitName = pool.utf8("<clinit>");
        int execName = pool.utf8(name);
        int execType = pool.utf8(descriptor.descriptorString());
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        u4(out, 0xCAFEBABE);
        u2(out, 0);
        u2(out, CLASS_VERSION);
        pool.writeTo(out);
        u2(out, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC);
        u2(out, thisIndex);
        u2(out, superIndex);
        u2(out, 0); // interfaces
        u2(out, copies.size());
        for (int k = 0; k < copies.size(); k++) {
            u2(out, ACC_STATIC | ACC_FINAL);
            u2(out, names[k]);
            u2(out, types[k]);
            u2(out, 0);
        }
        u2(out, 3); // methods
        // <init>: aload_0, invokespecial super.<init>, return
        u2(out, ACC_PUBLIC);
        u2(out, initName);
        u2(out, initType);
        u2(out, 1);
        u2(out, codeName);
        u4(out, 12 + 5);
        u2(out, 1);
        u2(out, 1);
        u4(out, 5);
        out.write(0x2A);
        out.write(0xB7);
        u2(out, superInit);
        out.write(0xB1);
        u2(out, 0);
        u2(out, 0);
        // <clinit>: getstatic holder.source, per copy (dup, getfield, putstatic), pop,
        // new this, dup, invokespecial this.<init>, putstatic holder.instance, return
        int clinitLength = 3 + 7 * copies.size() + 1 + 11;
        u2(out, ACC_STATIC);
        u2(out, clinitName);
        u2(out, initType);
        u2(out, 1);
        u2(out, codeName);
        u4(out, 12 + clinitLength);
        u2(out, 2);
        u2(out, 0);
        u4(out, clinitLength);
        out.write(0xB2);
        u2(out, source);
        for (int k = 0; k < copies.size(); k++) {
            out.write(0x59);
            out.write(0xB4);
            u2(out, from[k]);
            out.write(0xB3);
            u2(out, to[k]);
        }
        out.write(0x57);
        out.write(0xBB);
        u2(out, thisIndex);
        out.write(0x59);
        out.write(0xB7);
        u2(out, ownInit);
        out.write(0xB3);
        u2(out, instance);
        out.write(0xB1);
        u2(out, 0);
        u2(out, 0);
        // the block's method
        u2(out, ACC_FINAL);
        u2(out, execName);
        u2(out, execType);
        u2(out, 1);
        u2(out, codeName);
        out.writeBytes(body);
        u2(out, 0); // class attributes
        return out.toByteArray();
    }

    /** Bytes of code emitted so far. */
    int codeLength() {
        return length;
    }

    /** The Code attribute's contents after its name index: length, limits, code, handlers. */
    private byte[] finishCode() {
        for (Handler h : handlers) {
            if (h.start().position < 0 || h.end().position < 0 || h.handler().position < 0) {
                throw new IllegalStateException("exception range label never bound");
            }
            if (h.start().position >= h.end().position) {
                throw new IllegalStateException("empty exception range");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        int attributeLength = 2 + 2 + 4 + length + 2 + 8 * handlers.size() + 2;
        u4(out, attributeLength);
        u2(out, MAX_STACK);
        u2(out, maxLocals);
        u4(out, length);
        out.write(code, 0, length);
        u2(out, handlers.size());
        for (Handler h : handlers) {
            u2(out, h.start().position);
            u2(out, h.end().position);
            u2(out, h.handler().position);
            u2(out, h.type());
        }
        u2(out, 0); // code attributes
        return out.toByteArray();
    }

    private static void u2(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void u4(ByteArrayOutputStream out, int v) {
        u2(out, v >>> 16);
        u2(out, v);
    }

    // ---- raw code bytes ----

    private void byte1(int v) {
        if (length == code.length) {
            code = java.util.Arrays.copyOf(code, length * 2);
        }
        code[length++] = (byte) v;
    }

    private void byte2(int v) {
        byte1(v >>> 8);
        byte1(v);
    }

    private JitAssembler op(int opcode) {
        byte1(opcode);
        return this;
    }

    private JitAssembler local(int opcode, int shortForm, int slot, int size) {
        maxLocals = Math.max(maxLocals, slot + size);
        if (slot <= 3) {
            byte1(shortForm + slot);
        } else if (slot <= 255) {
            byte1(opcode);
            byte1(slot);
        } else {
            byte1(0xC4); // wide
            byte1(opcode);
            byte2(slot);
        }
        return this;
    }

    private JitAssembler branch(int opcode, Label target) {
        int at = length;
        byte1(opcode);
        byte2(0);
        if (target.position >= 0) {
            offset(at, target.position);
        } else {
            target.fixups.add(at);
        }
        return this;
    }

    private void offset(int branchAt, int targetAt) {
        int delta = targetAt - branchAt;
        if (delta != (short) delta) {
            throw new IllegalStateException("branch offset " + delta + " beyond 16 bits");
        }
        code[branchAt + 1] = (byte) (delta >>> 8);
        code[branchAt + 2] = (byte) delta;
    }

    // ---- labels and handlers ----

    Label newLabel() {
        return new Label();
    }

    JitAssembler labelBinding(Label l) {
        if (l.position >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        l.position = length;
        for (int at : l.fixups) {
            offset(at, length);
        }
        l.fixups.clear();
        return this;
    }

    /** A handler at {@code handler} for {@code type} thrown in [{@code start}, {@code end}). */
    JitAssembler exceptionCatch(Label start, Label end, Label handler, ClassDesc type) {
        handlers.add(new Handler(start, end, handler, pool.classEntry(type)));
        return this;
    }

    // ---- instructions ----

    JitAssembler aload(int slot) {
        return local(0x19, 0x2A, slot, 1);
    }

    JitAssembler astore(int slot) {
        return local(0x3A, 0x4B, slot, 1);
    }

    JitAssembler iload(int slot) {
        return local(0x15, 0x1A, slot, 1);
    }

    JitAssembler istore(int slot) {
        return local(0x36, 0x3B, slot, 1);
    }

    JitAssembler lload(int slot) {
        return local(0x16, 0x1E, slot, 2);
    }

    JitAssembler lstore(int slot) {
        return local(0x37, 0x3F, slot, 2);
    }

    JitAssembler loadConstant(int v) {
        if (v >= -1 && v <= 5) {
            return op(0x03 + v);
        }
        if (v == (byte) v) {
            return bipush(v);
        }
        if (v == (short) v) {
            return sipush(v);
        }
        int index = pool.integer(v);
        if (index <= 255) {
            byte1(0x12);
            byte1(index);
        } else {
            byte1(0x13);
            byte2(index);
        }
        return this;
    }

    JitAssembler loadConstant(long v) {
        if (v == 0 || v == 1) {
            return op(0x09 + (int) v);
        }
        byte1(0x14); // ldc2_w
        byte2(pool.longConstant(v));
        return this;
    }

    JitAssembler bipush(int v) {
        byte1(0x10);
        byte1(v);
        return this;
    }

    JitAssembler sipush(int v) {
        byte1(0x11);
        byte2(v);
        return this;
    }

    JitAssembler getfield(ClassDesc owner, String name, ClassDesc type) {
        byte1(0xB4);
        byte2(pool.fieldRef(owner, name, type.descriptorString()));
        return this;
    }

    JitAssembler getstatic(ClassDesc owner, String name, ClassDesc type) {
        byte1(0xB2);
        byte2(pool.fieldRef(owner, name, type.descriptorString()));
        return this;
    }

    JitAssembler putfield(ClassDesc owner, String name, ClassDesc type) {
        byte1(0xB5);
        byte2(pool.fieldRef(owner, name, type.descriptorString()));
        return this;
    }

    JitAssembler invokevirtual(ClassDesc owner, String name, MethodTypeDesc type) {
        byte1(0xB6);
        byte2(pool.methodRef(owner, name, type.descriptorString()));
        return this;
    }

    JitAssembler invokestatic(ClassDesc owner, String name, MethodTypeDesc type) {
        byte1(0xB8);
        byte2(pool.methodRef(owner, name, type.descriptorString()));
        return this;
    }

    JitAssembler goto_(Label l) {
        return branch(0xA7, l);
    }

    JitAssembler ifeq(Label l) {
        return branch(0x99, l);
    }

    JitAssembler ifne(Label l) {
        return branch(0x9A, l);
    }

    JitAssembler iflt(Label l) {
        return branch(0x9B, l);
    }

    JitAssembler ifge(Label l) {
        return branch(0x9C, l);
    }

    JitAssembler ifle(Label l) {
        return branch(0x9E, l);
    }

    JitAssembler if_icmpne(Label l) {
        return branch(0xA0, l);
    }

    JitAssembler if_icmplt(Label l) {
        return branch(0xA1, l);
    }

    JitAssembler if_icmpge(Label l) {
        return branch(0xA2, l);
    }

    JitAssembler if_icmpgt(Label l) {
        return branch(0xA3, l);
    }

    JitAssembler ifgt(Label l) {
        return branch(0x9D, l);
    }

    JitAssembler if_icmpeq(Label l) {
        return branch(0x9F, l);
    }

    JitAssembler if_icmple(Label l) {
        return branch(0xA4, l);
    }

    JitAssembler aconst_null() { return op(0x01); }
    JitAssembler iconst_m1() { return op(0x02); }
    JitAssembler iconst_1() { return op(0x04); }
    JitAssembler iconst_3() { return op(0x06); }
    JitAssembler lconst_0() { return op(0x09); }
    JitAssembler lconst_1() { return op(0x0A); }
    JitAssembler laload() { return op(0x2F); }
    JitAssembler aaload() { return op(0x32); }
    JitAssembler lastore() { return op(0x50); }
    JitAssembler pop() { return op(0x57); }
    JitAssembler pop2() { return op(0x58); }
    JitAssembler dup() { return op(0x59); }
    JitAssembler dup2() { return op(0x5C); }
    JitAssembler dup2_x2() { return op(0x5E); }
    JitAssembler iadd() { return op(0x60); }
    JitAssembler ladd() { return op(0x61); }
    JitAssembler lsub() { return op(0x65); }
    JitAssembler idiv() { return op(0x6C); }
    JitAssembler ldiv() { return op(0x6D); }
    JitAssembler lmul() { return op(0x69); }
    JitAssembler ineg() { return op(0x74); }
    JitAssembler lneg() { return op(0x75); }
    JitAssembler ishl() { return op(0x78); }
    JitAssembler lshl() { return op(0x79); }
    JitAssembler ishr() { return op(0x7A); }
    JitAssembler lshr() { return op(0x7B); }
    JitAssembler iushr() { return op(0x7C); }
    JitAssembler lushr() { return op(0x7D); }
    JitAssembler iand() { return op(0x7E); }
    JitAssembler land() { return op(0x7F); }
    JitAssembler ior() { return op(0x80); }
    JitAssembler lor() { return op(0x81); }
    JitAssembler ixor() { return op(0x82); }
    JitAssembler lxor() { return op(0x83); }
    JitAssembler i2l() { return op(0x85); }
    JitAssembler l2i() { return op(0x88); }
    JitAssembler l2d() { return op(0x8A); }
    JitAssembler isub() { return op(0x64); }
    JitAssembler i2b() { return op(0x91); }
    JitAssembler i2s() { return op(0x93); }
    JitAssembler lcmp() { return op(0x94); }
    JitAssembler areturn() { return op(0xB0); }
    JitAssembler athrow() { return op(0xBF); }

    /** The constant pool, each entry written once. */
    private static final class ConstantPool {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        private final HashMap<Key, Integer> indices = new HashMap<>();
        private int count = 1;

        /**
         * An entry's identity: its tag and operands (a string, a number or two indices). A
         * plain class, not a record: a record's equals and hashCode are linked through
         * invokedynamic at first use, which spun 14 method-handle classes in every process.
         */
        private static final class Key {
            private final int tag;
            private final Object a;
            private final int b;

            Key(int tag, Object a, int b) {
                this.tag = tag;
                this.a = a;
                this.b = b;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.tag == tag && k.b == b && k.a.equals(a);
            }

            @Override
            public int hashCode() {
                return (tag * 31 + a.hashCode()) * 31 + b;
            }
        }

        private int add(Key key, int slots, byte[] entry) {
            Integer known = indices.get(key);
            if (known != null) {
                return known;
            }
            int index = count;
            count += slots;
            if (count > 0xFFFF) {
                throw new IllegalStateException("constant pool overflow");
            }
            bytes.writeBytes(entry);
            indices.put(key, index);
            return index;
        }

        int utf8(String s) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8); // names here are ASCII
            byte[] e = new byte[3 + b.length];
            e[0] = 1;
            e[1] = (byte) (b.length >>> 8);
            e[2] = (byte) b.length;
            System.arraycopy(b, 0, e, 3, b.length);
            return add(new Key(1, s, 0), 1, e);
        }

        private int ref(int tag, int a, int b) {
            return add(new Key(tag, a, b), 1, new byte[] {(byte) tag, (byte) (a >>> 8), (byte) a, (byte) (b >>> 8), (byte) b});
        }

        int classEntry(ClassDesc c) {
            String d = c.descriptorString();
            String internal = d.charAt(0) == 'L' ? d.substring(1, d.length() - 1) : d;
            int name = utf8(internal);
            return add(new Key(7, name, 0), 1, new byte[] {7, (byte) (name >>> 8), (byte) name});
        }

        private int nameAndType(String name, String descriptor) {
            return ref(12, utf8(name), utf8(descriptor));
        }

        int fieldRef(ClassDesc owner, String name, String descriptor) {
            return ref(9, classEntry(owner), nameAndType(name, descriptor));
        }

        int methodRef(ClassDesc owner, String name, String descriptor) {
            return ref(10, classEntry(owner), nameAndType(name, descriptor));
        }

        int integer(int v) {
            return add(new Key(3, v, 0), 1, new byte[] {3, (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }

        int longConstant(long v) {
            byte[] e = new byte[9];
            e[0] = 5;
            for (int k = 0; k < 8; k++) {
                e[1 + k] = (byte) (v >>> (56 - 8 * k));
            }
            return add(new Key(5, v, 0), 2, e);
        }

        void writeTo(ByteArrayOutputStream out) {
            out.write(count >>> 8);
            out.write(count);
            out.writeBytes(bytes.toByteArray());
        }
    }
}
