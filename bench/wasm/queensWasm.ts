import type { KernelResult } from '../kernels/types';

/**
 * The production kernel's algorithm (src/core/solver.ts) as a WebAssembly function, emitted as bytes
 * here because there is no clang/emscripten on the machine and this avoids a `wabt` dependency.
 * Same search tree, same code shape: current row in locals, childless children settled on the spot,
 * a branchless push only while the row has squares left, a poll of a flag in its own memory every
 * 4096 descents. Counters are i64 (nodes counted per child; an i64 add costs nothing here), so
 * nothing needs flushing; results go to memory as f64 for JS to read.
 *
 *   count(n, cols0, left0, right0) -> 1 if cancelled, else 0
 *   memory: [0, 512) stack, 16 bytes per row | 512: f64 solutions | 520: f64 nodes | 528: i32 cancel flag
 */
const RESULT_AT = 512;
const FLAG_AT = 528;
const CANCEL_CHECK_INTERVAL = 4096;

const uleb = (value: number): number[] => {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
};

const sleb = (value: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
};

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

// Opcodes used below (WebAssembly core spec, binary format).
const I32 = 0x7f,
  I64 = 0x7e,
  VOID = 0x40;
const BLOCK = 0x02,
  LOOP = 0x03,
  IF = 0x04,
  ELSE = 0x05,
  END = 0x0b,
  BR = 0x0c,
  BR_IF = 0x0d,
  RETURN = 0x0f;
const GET = 0x20,
  SET = 0x21;
const I32_LOAD = 0x28,
  I32_STORE = 0x36,
  F64_STORE = 0x39;
const I32_CONST = 0x41,
  I64_CONST = 0x42;
const I32_EQZ = 0x45,
  I32_EQ = 0x46,
  I32_NE = 0x47;
const ADD = 0x6a,
  SUB = 0x6b,
  AND = 0x71,
  OR = 0x72,
  XOR = 0x73,
  SHL = 0x74,
  SHR_S = 0x75,
  SHR_U = 0x76;
const I64_ADD = 0x7c,
  F64_FROM_U64 = 0xba;

// Locals: the four parameters, then i32 temporaries, then i64 counters.
const [N, COLS0, LEFT0, RIGHT0] = [0, 1, 2, 3];
const [FULL, COLS, LEFT, RIGHT, FREE, SP, BIT, CC, CL, CR, CF, BUDGET] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const [SOLUTIONS, NODES] = [16, 17];

const get = (local: number) => [GET, local];
const set = (local: number) => [SET, local];
const i32 = (value: number) => [I32_CONST, ...sleb(value)];
const inc64 = (local: number) => [...get(local), I64_CONST, 1, I64_ADD, ...set(local)];
const mem = (offset: number) => [2, ...uleb(offset)]; // alignment 2^2, then the static offset
const not = (...operand: number[]) => [...operand, ...i32(-1), XOR];
const one64 = (local: number) => [I64_CONST, 1, ...set(local)];

/** Stores both counters as f64 (exact below 2^53) and returns `cancelled`. */
const finish = (cancelled: number) => [
  ...i32(0),
  ...get(SOLUTIONS),
  F64_FROM_U64,
  F64_STORE,
  3,
  ...uleb(RESULT_AT),
  ...i32(0),
  ...get(NODES),
  F64_FROM_U64,
  F64_STORE,
  3,
  ...uleb(RESULT_AT + 8),
  ...i32(cancelled),
  RETURN,
];

const body = [
  ...i32(1),
  ...get(N),
  SHL,
  ...i32(1),
  SUB,
  ...set(FULL),
  ...one64(NODES),
  ...get(COLS0),
  ...get(FULL),
  AND,
  ...get(FULL),
  I32_EQ,
  IF,
  VOID,
  ...one64(SOLUTIONS),
  ...finish(0),
  END,
  ...get(COLS0),
  ...not(...get(FULL)),
  OR,
  ...set(COLS),
  ...get(LEFT0),
  ...set(LEFT),
  ...get(RIGHT0),
  ...set(RIGHT),
  ...not(...get(COLS), ...get(LEFT), OR, ...get(RIGHT), OR),
  ...set(FREE),
  ...i32(CANCEL_CHECK_INTERVAL),
  ...set(BUDGET),
  BLOCK,
  VOID,
  LOOP,
  VOID, // $done, $outer
  BLOCK,
  VOID,
  LOOP,
  VOID, // $exhausted, $inner
  ...get(FREE),
  I32_EQZ,
  BR_IF,
  1,
  ...get(FREE),
  ...i32(0),
  ...get(FREE),
  SUB,
  AND,
  ...set(BIT),
  ...get(FREE),
  ...get(BIT),
  XOR,
  ...set(FREE),
  ...get(COLS),
  ...get(BIT),
  OR,
  ...set(CC),
  ...get(LEFT),
  ...get(BIT),
  OR,
  ...i32(1),
  SHL,
  ...set(CL),
  ...get(RIGHT),
  ...get(BIT),
  OR,
  ...i32(1),
  SHR_S,
  ...set(CR),
  ...inc64(NODES),
  ...not(...get(CC), ...get(CL), OR, ...get(CR), OR),
  ...set(CF),
  ...get(CF),
  IF,
  VOID,
  ...get(SP),
  ...get(COLS),
  I32_STORE,
  ...mem(0),
  ...get(SP),
  ...get(LEFT),
  I32_STORE,
  ...mem(4),
  ...get(SP),
  ...get(RIGHT),
  I32_STORE,
  ...mem(8),
  ...get(SP),
  ...get(FREE),
  I32_STORE,
  ...mem(12),
  ...get(SP),
  ...i32(0),
  ...get(FREE),
  SUB,
  ...i32(31),
  SHR_U,
  ...i32(4),
  SHL,
  ADD,
  ...set(SP),
  ...get(CC),
  ...set(COLS),
  ...get(CL),
  ...set(LEFT),
  ...get(CR),
  ...set(RIGHT),
  ...get(CF),
  ...set(FREE),
  ...get(BUDGET),
  ...i32(1),
  SUB,
  ...set(BUDGET),
  ...get(BUDGET),
  I32_EQZ,
  IF,
  VOID,
  ...i32(CANCEL_CHECK_INTERVAL),
  ...set(BUDGET),
  ...i32(0),
  I32_LOAD,
  ...mem(FLAG_AT),
  ...i32(0),
  I32_NE,
  IF,
  VOID,
  ...finish(1),
  END,
  END,
  ELSE,
  ...get(CC),
  ...i32(-1),
  I32_EQ,
  IF,
  VOID,
  ...inc64(SOLUTIONS),
  END,
  END,
  BR,
  0,
  END,
  END, // $inner, $exhausted
  ...get(SP),
  I32_EQZ,
  BR_IF,
  1,
  ...get(SP),
  ...i32(16),
  SUB,
  ...set(SP),
  ...get(SP),
  I32_LOAD,
  ...mem(0),
  ...set(COLS),
  ...get(SP),
  I32_LOAD,
  ...mem(4),
  ...set(LEFT),
  ...get(SP),
  I32_LOAD,
  ...mem(8),
  ...set(RIGHT),
  ...get(SP),
  I32_LOAD,
  ...mem(12),
  ...set(FREE),
  BR,
  0,
  END,
  END, // $outer, $done
  ...finish(0),
  END,
];

export function queensWasmBytes(): Uint8Array<ArrayBuffer> {
  const locals = vector([
    [...uleb(12), I32],
    [...uleb(2), I64],
  ]);
  const code = [...locals, ...body];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32]]), ...vector([[I32]])]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0x00, 1]])),
    ...section(
      7,
      vector([
        [...name('count'), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(code.length), ...code]])),
  ]);
}

/** Compiles and instantiates synchronously: the module is a few hundred bytes, fine on any thread. */
export function loadWasmKernel(): (n: number) => KernelResult {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(queensWasmBytes()));
  const count = instance.exports.count as (n: number, cols: number, left: number, right: number) => number;
  const results = new Float64Array((instance.exports.memory as WebAssembly.Memory).buffer, RESULT_AT, 2);
  return (n) => {
    count(n, 0, 0, 0);
    return { solutions: results[0], nodes: results[1] };
  };
}
