;; XᵀX, Xᵀv and dot products with WebAssembly SIMD (f64x2), for ./wasmKernels.ts.
;; Built by `npm run build:kernels` (scripts/build-kernels.mjs, wabt) into simd.wasm.ts.
;;
;; Matrices are column-major float64 in this module's (imported) memory: column j of an
;; n-row matrix X at byte offset x is the n numbers from x + 8·n·j. Pointers are byte offsets.
;; Rows go two at a time, one v128 per column. When n is odd, the last row is read with
;; v128.load64_zero (upper lane 0), so it adds to lane 0 only. A sum is lane 0 + lane 1 at
;; the end: even rows and odd rows summed apart, then added.
(module
  (import "env" "memory" (memory 1))

  ;; a·b over n numbers; two accumulators (four rows a turn) so the adds overlap.
  (func $dot (export "dot") (param $a i32) (param $b i32) (param $n i32) (result f64)
    (local $i i32) (local $end i32) (local $s0 v128) (local $s1 v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $rows
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 32)) (local.get $end)))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul
          (v128.load (i32.add (local.get $a) (local.get $i)))
          (v128.load (i32.add (local.get $b) (local.get $i))))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul
          (v128.load offset=16 (i32.add (local.get $a) (local.get $i)))
          (v128.load offset=16 (i32.add (local.get $b) (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 32)))
        (br $rows)))
    (if (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $end))
      (then
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul
          (v128.load (i32.add (local.get $a) (local.get $i)))
          (v128.load (i32.add (local.get $b) (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))))
    (if (i32.lt_u (local.get $i) (local.get $end))
      (then
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul
          (v128.load64_zero (i32.add (local.get $a) (local.get $i)))
          (v128.load64_zero (i32.add (local.get $b) (local.get $i))))))))
    (local.set $s0 (f64x2.add (local.get $s0) (local.get $s1)))
    (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0))))

  ;; The dot products of the four columns at a, a+s, a+2s, a+3s (s bytes apart) with the
  ;; n numbers at b: each b entry is loaded once for four products.
  (func $dot4 (param $a i32) (param $s i32) (param $b i32) (param $n i32) (result f64 f64 f64 f64)
    (local $i i32) (local $end i32) (local $odd i32) (local $a1 i32) (local $a2 i32) (local $a3 i32)
    (local $v v128) (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $a1 (i32.add (local.get $a) (local.get $s)))
    (local.set $a2 (i32.add (local.get $a1) (local.get $s)))
    (local.set $a3 (i32.add (local.get $a2) (local.get $s)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (local.set $odd (i32.and (local.get $n) (i32.const 1)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $v (v128.load (i32.add (local.get $b) (local.get $i))))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (v128.load (i32.add (local.get $a) (local.get $i))) (local.get $v))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (v128.load (i32.add (local.get $a1) (local.get $i))) (local.get $v))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (v128.load (i32.add (local.get $a2) (local.get $i))) (local.get $v))))
        (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (v128.load (i32.add (local.get $a3) (local.get $i))) (local.get $v))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $rows)))
    (if (local.get $odd)
      (then
        (local.set $v (v128.load64_zero (i32.add (local.get $b) (local.get $i))))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (v128.load64_zero (i32.add (local.get $a) (local.get $i))) (local.get $v))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (v128.load64_zero (i32.add (local.get $a1) (local.get $i))) (local.get $v))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (v128.load64_zero (i32.add (local.get $a2) (local.get $i))) (local.get $v))))
        (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (v128.load64_zero (i32.add (local.get $a3) (local.get $i))) (local.get $v))))))
    (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0)))
    (f64.add (f64x2.extract_lane 0 (local.get $s1)) (f64x2.extract_lane 1 (local.get $s1)))
    (f64.add (f64x2.extract_lane 0 (local.get $s2)) (f64x2.extract_lane 1 (local.get $s2)))
    (f64.add (f64x2.extract_lane 0 (local.get $s3)) (f64x2.extract_lane 1 (local.get $s3))))

  ;; out[j] = x_j·v for the p columns of the n-row matrix at x.
  (func (export "xtv") (param $x i32) (param $n i32) (param $p i32) (param $v i32) (param $out i32)
    (local $s i32) (local $j i32) (local $pb i32) (local $col i32) (local $o i32)
    (local $t0 f64) (local $t1 f64) (local $t2 f64) (local $t3 f64)
    (local.set $s (i32.shl (local.get $n) (i32.const 3)))
    (local.set $pb (i32.and (local.get $p) (i32.const -4)))
    (local.set $col (local.get $x))
    (local.set $o (local.get $out))
    (block $done
      (loop $cols
        (br_if $done (i32.ge_u (local.get $j) (local.get $pb)))
        (call $dot4 (local.get $col) (local.get $s) (local.get $v) (local.get $n))
        (local.set $t3)
        (local.set $t2)
        (local.set $t1)
        (local.set $t0)
        (f64.store (local.get $o) (local.get $t0))
        (f64.store offset=8 (local.get $o) (local.get $t1))
        (f64.store offset=16 (local.get $o) (local.get $t2))
        (f64.store offset=24 (local.get $o) (local.get $t3))
        (local.set $col (i32.add (local.get $col) (i32.shl (local.get $s) (i32.const 2))))
        (local.set $o (i32.add (local.get $o) (i32.const 32)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $cols)))
    (block $done
      (loop $cols
        (br_if $done (i32.ge_u (local.get $j) (local.get $p)))
        (f64.store (local.get $o) (call $dot (local.get $col) (local.get $v) (local.get $n)))
        (local.set $col (i32.add (local.get $col) (local.get $s)))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols))))

  ;; G[j+c, k+d] and G[k+d, j+c] = x_{j+c}·x_{k+d} for c < 4, d < 2: a 4×2 block of XᵀX
  ;; (6 loads and 8 multiply-adds per two rows; 8 + 6 vector registers).
  (func $block42 (param $x i32) (param $n i32) (param $p i32) (param $g i32) (param $j i32) (param $k i32)
    (local $s i32) (local $i i32) (local $end i32) (local $p8 i32) (local $t f64)
    (local $a0 i32) (local $a1 i32) (local $a2 i32) (local $a3 i32) (local $b0 i32) (local $b1 i32)
    (local $A0 v128) (local $A1 v128) (local $A2 v128) (local $A3 v128) (local $B0 v128) (local $B1 v128)
    (local $s00 v128) (local $s01 v128) (local $s10 v128) (local $s11 v128)
    (local $s20 v128) (local $s21 v128) (local $s30 v128) (local $s31 v128)
    (local $r0 i32) (local $r1 i32) (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32)
    (local.set $s (i32.shl (local.get $n) (i32.const 3)))
    (local.set $a0 (i32.add (local.get $x) (i32.mul (local.get $j) (local.get $s))))
    (local.set $a1 (i32.add (local.get $a0) (local.get $s)))
    (local.set $a2 (i32.add (local.get $a1) (local.get $s)))
    (local.set $a3 (i32.add (local.get $a2) (local.get $s)))
    (local.set $b0 (i32.add (local.get $x) (i32.mul (local.get $k) (local.get $s))))
    (local.set $b1 (i32.add (local.get $b0) (local.get $s)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $A0 (v128.load (i32.add (local.get $a0) (local.get $i))))
        (local.set $A1 (v128.load (i32.add (local.get $a1) (local.get $i))))
        (local.set $A2 (v128.load (i32.add (local.get $a2) (local.get $i))))
        (local.set $A3 (v128.load (i32.add (local.get $a3) (local.get $i))))
        (local.set $B0 (v128.load (i32.add (local.get $b0) (local.get $i))))
        (local.set $B1 (v128.load (i32.add (local.get $b1) (local.get $i))))
        (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $A0) (local.get $B0))))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $A0) (local.get $B1))))
        (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $A1) (local.get $B0))))
        (local.set $s11 (f64x2.add (local.get $s11) (f64x2.mul (local.get $A1) (local.get $B1))))
        (local.set $s20 (f64x2.add (local.get $s20) (f64x2.mul (local.get $A2) (local.get $B0))))
        (local.set $s21 (f64x2.add (local.get $s21) (f64x2.mul (local.get $A2) (local.get $B1))))
        (local.set $s30 (f64x2.add (local.get $s30) (f64x2.mul (local.get $A3) (local.get $B0))))
        (local.set $s31 (f64x2.add (local.get $s31) (f64x2.mul (local.get $A3) (local.get $B1))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $rows)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $A0 (v128.load64_zero (i32.add (local.get $a0) (local.get $i))))
        (local.set $A1 (v128.load64_zero (i32.add (local.get $a1) (local.get $i))))
        (local.set $A2 (v128.load64_zero (i32.add (local.get $a2) (local.get $i))))
        (local.set $A3 (v128.load64_zero (i32.add (local.get $a3) (local.get $i))))
        (local.set $B0 (v128.load64_zero (i32.add (local.get $b0) (local.get $i))))
        (local.set $B1 (v128.load64_zero (i32.add (local.get $b1) (local.get $i))))
        (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $A0) (local.get $B0))))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $A0) (local.get $B1))))
        (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $A1) (local.get $B0))))
        (local.set $s11 (f64x2.add (local.get $s11) (f64x2.mul (local.get $A1) (local.get $B1))))
        (local.set $s20 (f64x2.add (local.get $s20) (f64x2.mul (local.get $A2) (local.get $B0))))
        (local.set $s21 (f64x2.add (local.get $s21) (f64x2.mul (local.get $A2) (local.get $B1))))
        (local.set $s30 (f64x2.add (local.get $s30) (f64x2.mul (local.get $A3) (local.get $B0))))
        (local.set $s31 (f64x2.add (local.get $s31) (f64x2.mul (local.get $A3) (local.get $B1))))))
    ;; G[j+c, k+d] sits at r_d + 8c, and G[k+d, j+c] at m_c + 8d.
    (local.set $p8 (i32.shl (local.get $p) (i32.const 3)))
    (local.set $r0 (i32.add (local.get $g) (i32.shl (i32.add (local.get $j) (i32.mul (local.get $k) (local.get $p))) (i32.const 3))))
    (local.set $r1 (i32.add (local.get $r0) (local.get $p8)))
    (local.set $m0 (i32.add (local.get $g) (i32.shl (i32.add (local.get $k) (i32.mul (local.get $j) (local.get $p))) (i32.const 3))))
    (local.set $m1 (i32.add (local.get $m0) (local.get $p8)))
    (local.set $m2 (i32.add (local.get $m1) (local.get $p8)))
    (local.set $m3 (i32.add (local.get $m2) (local.get $p8)))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s00)) (f64x2.extract_lane 1 (local.get $s00))))
    (f64.store (local.get $r0) (local.get $t))
    (f64.store (local.get $m0) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s01)) (f64x2.extract_lane 1 (local.get $s01))))
    (f64.store (local.get $r1) (local.get $t))
    (f64.store offset=8 (local.get $m0) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s10)) (f64x2.extract_lane 1 (local.get $s10))))
    (f64.store offset=8 (local.get $r0) (local.get $t))
    (f64.store (local.get $m1) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s11)) (f64x2.extract_lane 1 (local.get $s11))))
    (f64.store offset=8 (local.get $r1) (local.get $t))
    (f64.store offset=8 (local.get $m1) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s20)) (f64x2.extract_lane 1 (local.get $s20))))
    (f64.store offset=16 (local.get $r0) (local.get $t))
    (f64.store (local.get $m2) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s21)) (f64x2.extract_lane 1 (local.get $s21))))
    (f64.store offset=16 (local.get $r1) (local.get $t))
    (f64.store offset=8 (local.get $m2) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s30)) (f64x2.extract_lane 1 (local.get $s30))))
    (f64.store offset=24 (local.get $r0) (local.get $t))
    (f64.store (local.get $m3) (local.get $t))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s31)) (f64x2.extract_lane 1 (local.get $s31))))
    (f64.store offset=24 (local.get $r1) (local.get $t))
    (f64.store offset=8 (local.get $m3) (local.get $t)))

  ;; G = XᵀX (p×p at g) for the n×p matrix at x. Columns in groups of four: 4×2 blocks
  ;; from column 0 up to and including the diagonal block. The last p mod 4 columns c:
  ;; against columns k..k+3 with $dot4 while k+3 ≤ c, then one by one up to c.
  (func (export "gram") (param $x i32) (param $n i32) (param $p i32) (param $g i32)
    (local $s i32) (local $p8 i32) (local $pb i32) (local $j i32) (local $k i32) (local $c i32)
    (local $col i32) (local $kc i32) (local $ck i32) (local $t0 f64) (local $t1 f64) (local $t2 f64) (local $t3 f64)
    (local.set $s (i32.shl (local.get $n) (i32.const 3)))
    (local.set $p8 (i32.shl (local.get $p) (i32.const 3)))
    (local.set $pb (i32.and (local.get $p) (i32.const -4)))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $j) (local.get $pb)))
        (local.set $k (i32.const 0))
        (block $row
          (loop $cols
            (br_if $row (i32.ge_u (local.get $k) (i32.add (local.get $j) (i32.const 4))))
            (call $block42 (local.get $x) (local.get $n) (local.get $p) (local.get $g) (local.get $j) (local.get $k))
            (local.set $k (i32.add (local.get $k) (i32.const 2)))
            (br $cols)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $blocks)))
    (local.set $c (local.get $pb))
    (block $done
      (loop $last
        (br_if $done (i32.ge_u (local.get $c) (local.get $p)))
        (local.set $col (i32.add (local.get $x) (i32.mul (local.get $c) (local.get $s))))
        (local.set $k (i32.const 0))
        (block $fours
          (loop $four
            (br_if $fours (i32.gt_u (i32.add (local.get $k) (i32.const 3)) (local.get $c)))
            (call $dot4 (i32.add (local.get $x) (i32.mul (local.get $k) (local.get $s))) (local.get $s) (local.get $col) (local.get $n))
            (local.set $t3)
            (local.set $t2)
            (local.set $t1)
            (local.set $t0)
            (local.set $kc (i32.add (local.get $g) (i32.shl (i32.add (local.get $k) (i32.mul (local.get $c) (local.get $p))) (i32.const 3))))
            (f64.store (local.get $kc) (local.get $t0))
            (f64.store offset=8 (local.get $kc) (local.get $t1))
            (f64.store offset=16 (local.get $kc) (local.get $t2))
            (f64.store offset=24 (local.get $kc) (local.get $t3))
            (local.set $ck (i32.add (local.get $g) (i32.shl (i32.add (local.get $c) (i32.mul (local.get $k) (local.get $p))) (i32.const 3))))
            (f64.store (local.get $ck) (local.get $t0))
            (local.set $ck (i32.add (local.get $ck) (local.get $p8)))
            (f64.store (local.get $ck) (local.get $t1))
            (local.set $ck (i32.add (local.get $ck) (local.get $p8)))
            (f64.store (local.get $ck) (local.get $t2))
            (local.set $ck (i32.add (local.get $ck) (local.get $p8)))
            (f64.store (local.get $ck) (local.get $t3))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $four)))
        (block $ones
          (loop $one
            (br_if $ones (i32.gt_u (local.get $k) (local.get $c)))
            (local.set $t0 (call $dot (i32.add (local.get $x) (i32.mul (local.get $k) (local.get $s))) (local.get $col) (local.get $n)))
            (f64.store (i32.add (local.get $g) (i32.shl (i32.add (local.get $k) (i32.mul (local.get $c) (local.get $p))) (i32.const 3))) (local.get $t0))
            (f64.store (i32.add (local.get $g) (i32.shl (i32.add (local.get $c) (i32.mul (local.get $k) (local.get $p))) (i32.const 3))) (local.get $t0))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $one)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $last))))
)
