(module
 (type $0 (func (param i32 i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 f32)))
 (type $5 (func (result i32)))
 (import "env" "memory" (memory $0 64 65536 shared))
 (export "copy_bytes" (func $asm/src/memory/copy_bytes))
 (export "fill_32" (func $asm/src/memory/fill_32))
 (export "fill_8" (func $asm/src/memory/fill_8))
 (export "heap_base" (func $asm/src/memory/heap_base))
 (export "binary_f32_nd" (func $asm/src/binary/binary_f32_nd))
 (export "binary_f32_row" (func $asm/src/binary/binary_f32_row))
 (export "binary_i32_nd" (func $asm/src/binary/binary_i32_nd))
 (export "binary_i32_row" (func $asm/src/binary/binary_i32_row))
 (export "unary_f32" (func $asm/src/unary/unary_f32))
 (export "cast_any" (func $asm/src/compare/cast_any))
 (export "clip_f32_nd" (func $asm/src/compare/clip_f32_nd))
 (export "clip_f32_row" (func $asm/src/compare/clip_f32_row))
 (export "clip_i32_nd" (func $asm/src/compare/clip_i32_nd))
 (export "clip_i32_row" (func $asm/src/compare/clip_i32_row))
 (export "compare_f32_nd" (func $asm/src/compare/compare_f32_nd))
 (export "compare_f32_row" (func $asm/src/compare/compare_f32_row))
 (export "compare_i32_nd" (func $asm/src/compare/compare_i32_nd))
 (export "compare_i32_row" (func $asm/src/compare/compare_i32_row))
 (export "logical_not_u8" (func $asm/src/compare/logical_not_u8))
 (export "logical_u8_nd" (func $asm/src/compare/logical_u8_nd))
 (export "logical_u8_row" (func $asm/src/compare/logical_u8_row))
 (export "where_32_nd" (func $asm/src/compare/where_32_nd))
 (export "where_32_row" (func $asm/src/compare/where_32_row))
 (export "where_8_nd" (func $asm/src/compare/where_8_nd))
 (export "where_8_row" (func $asm/src/compare/where_8_row))
 (export "memory" (memory $0))
 (func $asm/src/compare/where_8_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  block $asm/src/compare/whereRow|inlined.1
   local.get $1
   i32.eqz
   if
    local.get $2
    local.get $4
    local.get $0
    i32.load8_u
    i32.const 0
    i32.ne
    local.tee $0
    select
    local.set $1
    local.get $3
    local.get $5
    local.get $0
    select
    i32.const 1
    i32.eq
    if
     local.get $6
     local.get $1
     local.get $7
     memory.copy
    else
     local.get $6
     local.get $1
     i32.load8_u
     local.get $7
     memory.fill
    end
    br $asm/src/compare/whereRow|inlined.1
   end
   local.get $0
   local.set $1
   local.get $5
   i32.const 1
   i32.eq
   local.get $3
   i32.const 1
   i32.eq
   i32.and
   if (result i32)
    local.get $2
    v128.load8_splat
    drop
    local.get $4
    v128.load8_splat
    drop
    loop $for-loop|11
     local.get $8
     i32.const 16
     i32.add
     local.tee $0
     local.get $7
     i32.le_s
     if
      local.get $6
      local.get $8
      i32.add
      local.get $2
      local.get $8
      i32.add
      v128.load
      local.get $4
      local.get $8
      i32.add
      v128.load
      local.get $1
      local.get $8
      i32.add
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      v128.bitselect
      v128.store
      local.get $0
      local.set $8
      br $for-loop|11
     end
    end
    local.get $8
   else
    local.get $3
    i32.const 1
    i32.eq
    if (result i32)
     local.get $2
     v128.load8_splat
     drop
     local.get $4
     v128.load8_splat
     local.set $9
     loop $for-loop|12
      local.get $8
      i32.const 16
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $6
       local.get $8
       i32.add
       local.get $2
       local.get $8
       i32.add
       v128.load
       local.get $9
       local.get $1
       local.get $8
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       v128.bitselect
       v128.store
       local.get $0
       local.set $8
       br $for-loop|12
      end
     end
     local.get $8
    else
     local.get $5
     i32.const 1
     i32.eq
     if (result i32)
      local.get $2
      v128.load8_splat
      local.set $9
      local.get $4
      v128.load8_splat
      drop
      loop $for-loop|13
       local.get $8
       i32.const 16
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $6
        local.get $8
        i32.add
        local.get $9
        local.get $4
        local.get $8
        i32.add
        v128.load
        local.get $1
        local.get $8
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        v128.bitselect
        v128.store
        local.get $0
        local.set $8
        br $for-loop|13
       end
      end
      local.get $8
     else
      local.get $2
      v128.load8_splat
      local.set $9
      local.get $4
      v128.load8_splat
      local.set $10
      loop $for-loop|14
       local.get $8
       i32.const 16
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $6
        local.get $8
        i32.add
        local.get $9
        local.get $10
        local.get $1
        local.get $8
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        v128.bitselect
        v128.store
        local.get $0
        local.set $8
        br $for-loop|14
       end
      end
      local.get $8
     end
    end
   end
   local.set $0
   loop $for-loop|15
    local.get $0
    local.get $7
    i32.lt_s
    if
     local.get $0
     local.get $6
     i32.add
     local.get $2
     local.get $0
     local.get $3
     i32.mul
     i32.add
     local.get $4
     local.get $0
     local.get $5
     i32.mul
     i32.add
     local.get $0
     local.get $1
     i32.add
     i32.load8_u
     select
     i32.load8_u
     i32.store8
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|15
    end
   end
  end
 )
 (func $asm/src/compare/where_32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  block $asm/src/compare/whereRow|inlined.0
   local.get $1
   i32.eqz
   if
    local.get $2
    local.get $4
    local.get $0
    i32.load8_u
    i32.const 0
    i32.ne
    local.tee $0
    select
    local.set $1
    local.get $3
    local.get $5
    local.get $0
    select
    i32.const 1
    i32.eq
    if
     local.get $6
     local.get $1
     local.get $7
     i32.const 2
     i32.shl
     memory.copy
    else
     local.get $1
     v128.load32_splat
     local.set $9
     local.get $1
     i32.load
     local.set $1
     loop $for-loop|0
      local.get $8
      i32.const 4
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $6
       local.get $8
       i32.const 2
       i32.shl
       i32.add
       local.get $9
       v128.store
       local.get $0
       local.set $8
       br $for-loop|0
      end
     end
     loop $for-loop|1
      local.get $7
      local.get $8
      i32.gt_s
      if
       local.get $6
       local.get $8
       i32.const 2
       i32.shl
       i32.add
       local.get $1
       i32.store
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|1
      end
     end
    end
    br $asm/src/compare/whereRow|inlined.0
   end
   local.get $0
   local.set $1
   local.get $5
   i32.const 1
   i32.eq
   local.get $3
   i32.const 1
   i32.eq
   i32.and
   if (result i32)
    local.get $2
    v128.load32_splat
    drop
    local.get $4
    v128.load32_splat
    drop
    loop $for-loop|2
     local.get $8
     i32.const 16
     i32.add
     local.tee $0
     local.get $7
     i32.le_s
     if
      local.get $8
      i32.const 2
      i32.shl
      local.tee $12
      local.get $6
      i32.add
      local.tee $10
      local.get $2
      local.get $12
      i32.add
      local.tee $13
      v128.load
      local.get $4
      local.get $12
      i32.add
      local.tee $12
      v128.load
      local.get $1
      local.get $8
      i32.add
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      local.tee $9
      i16x8.extend_low_i8x16_s
      local.tee $11
      i32x4.extend_low_i16x8_s
      v128.bitselect
      v128.store
      local.get $10
      local.get $13
      v128.load offset=16
      local.get $12
      v128.load offset=16
      local.get $11
      i32x4.extend_high_i16x8_s
      v128.bitselect
      v128.store offset=16
      local.get $10
      local.get $13
      v128.load offset=32
      local.get $12
      v128.load offset=32
      local.get $9
      i16x8.extend_high_i8x16_s
      local.tee $9
      i32x4.extend_low_i16x8_s
      v128.bitselect
      v128.store offset=32
      local.get $10
      local.get $13
      v128.load offset=48
      local.get $12
      v128.load offset=48
      local.get $9
      i32x4.extend_high_i16x8_s
      v128.bitselect
      v128.store offset=48
      local.get $0
      local.set $8
      br $for-loop|2
     end
    end
    loop $for-loop|3
     local.get $8
     i32.const 4
     i32.add
     local.tee $0
     local.get $7
     i32.le_s
     if
      local.get $8
      i32.const 2
      i32.shl
      local.tee $10
      local.get $6
      i32.add
      local.get $2
      local.get $10
      i32.add
      v128.load
      local.get $4
      local.get $10
      i32.add
      v128.load
      local.get $1
      local.get $8
      i32.add
      v128.load32_zero
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      i16x8.extend_low_i8x16_s
      i32x4.extend_low_i16x8_s
      v128.bitselect
      v128.store
      local.get $0
      local.set $8
      br $for-loop|3
     end
    end
    local.get $8
   else
    local.get $3
    i32.const 1
    i32.eq
    if (result i32)
     local.get $2
     v128.load32_splat
     drop
     local.get $4
     v128.load32_splat
     local.set $9
     loop $for-loop|4
      local.get $8
      i32.const 16
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $10
       local.get $6
       i32.add
       local.tee $12
       local.get $2
       local.get $10
       i32.add
       local.tee $10
       v128.load
       local.get $9
       local.get $1
       local.get $8
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       local.tee $11
       i16x8.extend_low_i8x16_s
       local.tee $14
       i32x4.extend_low_i16x8_s
       v128.bitselect
       v128.store
       local.get $12
       local.get $10
       v128.load offset=16
       local.get $9
       local.get $14
       i32x4.extend_high_i16x8_s
       v128.bitselect
       v128.store offset=16
       local.get $12
       local.get $10
       v128.load offset=32
       local.get $9
       local.get $11
       i16x8.extend_high_i8x16_s
       local.tee $11
       i32x4.extend_low_i16x8_s
       v128.bitselect
       v128.store offset=32
       local.get $12
       local.get $10
       v128.load offset=48
       local.get $9
       local.get $11
       i32x4.extend_high_i16x8_s
       v128.bitselect
       v128.store offset=48
       local.get $0
       local.set $8
       br $for-loop|4
      end
     end
     loop $for-loop|5
      local.get $8
      i32.const 4
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $10
       local.get $6
       i32.add
       local.get $2
       local.get $10
       i32.add
       v128.load
       local.get $9
       local.get $1
       local.get $8
       i32.add
       v128.load32_zero
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       i16x8.extend_low_i8x16_s
       i32x4.extend_low_i16x8_s
       v128.bitselect
       v128.store
       local.get $0
       local.set $8
       br $for-loop|5
      end
     end
     local.get $8
    else
     local.get $5
     i32.const 1
     i32.eq
     if (result i32)
      local.get $2
      v128.load32_splat
      local.set $9
      local.get $4
      v128.load32_splat
      drop
      loop $for-loop|6
       local.get $8
       i32.const 16
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $10
        local.get $6
        i32.add
        local.tee $12
        local.get $9
        local.get $4
        local.get $10
        i32.add
        local.tee $10
        v128.load
        local.get $1
        local.get $8
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.tee $11
        i16x8.extend_low_i8x16_s
        local.tee $14
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store
        local.get $12
        local.get $9
        local.get $10
        v128.load offset=16
        local.get $14
        i32x4.extend_high_i16x8_s
        v128.bitselect
        v128.store offset=16
        local.get $12
        local.get $9
        local.get $10
        v128.load offset=32
        local.get $11
        i16x8.extend_high_i8x16_s
        local.tee $11
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store offset=32
        local.get $12
        local.get $9
        local.get $10
        v128.load offset=48
        local.get $11
        i32x4.extend_high_i16x8_s
        v128.bitselect
        v128.store offset=48
        local.get $0
        local.set $8
        br $for-loop|6
       end
      end
      loop $for-loop|7
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $10
        local.get $6
        i32.add
        local.get $9
        local.get $4
        local.get $10
        i32.add
        v128.load
        local.get $1
        local.get $8
        i32.add
        v128.load32_zero
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        i16x8.extend_low_i8x16_s
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store
        local.get $0
        local.set $8
        br $for-loop|7
       end
      end
      local.get $8
     else
      local.get $2
      v128.load32_splat
      local.set $11
      local.get $4
      v128.load32_splat
      local.set $14
      loop $for-loop|8
       local.get $8
       i32.const 16
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.get $6
        i32.add
        local.tee $10
        local.get $11
        local.get $14
        local.get $1
        local.get $8
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.tee $9
        i16x8.extend_low_i8x16_s
        local.tee $15
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store
        local.get $10
        local.get $11
        local.get $14
        local.get $15
        i32x4.extend_high_i16x8_s
        v128.bitselect
        v128.store offset=16
        local.get $10
        local.get $11
        local.get $14
        local.get $9
        i16x8.extend_high_i8x16_s
        local.tee $9
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store offset=32
        local.get $10
        local.get $11
        local.get $14
        local.get $9
        i32x4.extend_high_i16x8_s
        v128.bitselect
        v128.store offset=48
        local.get $0
        local.set $8
        br $for-loop|8
       end
      end
      loop $for-loop|9
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $6
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.get $11
        local.get $14
        local.get $1
        local.get $8
        i32.add
        v128.load32_zero
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        i16x8.extend_low_i8x16_s
        i32x4.extend_low_i16x8_s
        v128.bitselect
        v128.store
        local.get $0
        local.set $8
        br $for-loop|9
       end
      end
      local.get $8
     end
    end
   end
   local.set $0
   local.get $3
   i32.const 2
   i32.shl
   local.set $3
   local.get $5
   i32.const 2
   i32.shl
   local.set $5
   loop $for-loop|10
    local.get $0
    local.get $7
    i32.lt_s
    if
     local.get $6
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     local.get $2
     local.get $0
     local.get $3
     i32.mul
     i32.add
     local.get $4
     local.get $0
     local.get $5
     i32.mul
     i32.add
     local.get $0
     local.get $1
     i32.add
     i32.load8_u
     select
     i32.load
     i32.store
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|10
    end
   end
  end
 )
 (func $asm/src/compare/logical_u8_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 v128)
  block $break|0
   block $case4|0
    block $case3|0
     block $case2|0
      block $case1|0
       block $case0|0
        local.get $0
        br_table $case0|0 $case1|0 $break|0 $break|0 $break|0 $break|0 $case2|0 $case3|0 $case4|0 $break|0
       end
       local.get $4
       i32.const 1
       i32.eq
       local.get $2
       local.tee $7
       i32.const 1
       i32.eq
       i32.and
       if
        local.get $1
        v128.load8_splat
        drop
        local.get $3
        v128.load8_splat
        drop
        i32.const 0
        local.set $2
        loop $for-loop|1
         local.get $2
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $2
          local.get $5
          i32.add
          local.get $1
          local.get $2
          i32.add
          v128.load
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i8x16.ne
          local.get $2
          local.get $3
          i32.add
          v128.load
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i8x16.ne
          i8x16.eq
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $2
          br $for-loop|1
         end
        end
       else
        local.get $7
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load8_splat
         drop
         local.get $3
         v128.load8_splat
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         local.set $8
         i32.const 0
         local.set $2
         loop $for-loop|2
          local.get $2
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $2
           local.get $5
           i32.add
           local.get $1
           local.get $2
           i32.add
           v128.load
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           i8x16.ne
           local.get $8
           i8x16.eq
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $2
           br $for-loop|2
          end
         end
        else
         local.get $4
         i32.const 1
         i32.eq
         if
          local.get $1
          v128.load8_splat
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i8x16.ne
          local.set $8
          local.get $3
          v128.load8_splat
          drop
          i32.const 0
          local.set $2
          loop $for-loop|3
           local.get $2
           i32.const 16
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $2
            local.get $5
            i32.add
            local.get $8
            local.get $2
            local.get $3
            i32.add
            v128.load
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            i8x16.ne
            i8x16.eq
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store
            local.get $0
            local.set $2
            br $for-loop|3
           end
          end
         else
          i32.const 0
          local.set $2
         end
        end
       end
       local.get $2
       local.set $0
       loop $for-loop|4
        local.get $0
        local.get $6
        i32.lt_s
        if
         local.get $0
         local.get $5
         i32.add
         local.get $1
         local.get $0
         local.get $7
         i32.mul
         i32.add
         i32.load8_u
         i32.const 0
         i32.ne
         local.get $3
         local.get $0
         local.get $4
         i32.mul
         i32.add
         i32.load8_u
         i32.const 0
         i32.ne
         i32.eq
         i32.store8
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|4
        end
       end
       br $break|0
      end
      local.get $4
      i32.const 1
      i32.eq
      local.get $2
      local.tee $7
      i32.const 1
      i32.eq
      i32.and
      if
       local.get $1
       v128.load8_splat
       drop
       local.get $3
       v128.load8_splat
       drop
       i32.const 0
       local.set $2
       loop $for-loop|5
        local.get $2
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $2
         local.get $5
         i32.add
         local.get $1
         local.get $2
         i32.add
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         local.get $2
         local.get $3
         i32.add
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         v128.xor
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $2
         br $for-loop|5
        end
       end
      else
       local.get $7
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load8_splat
        drop
        local.get $3
        v128.load8_splat
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.set $8
        i32.const 0
        local.set $2
        loop $for-loop|6
         local.get $2
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $2
          local.get $5
          i32.add
          local.get $1
          local.get $2
          i32.add
          v128.load
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i8x16.ne
          local.get $8
          v128.xor
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $2
          br $for-loop|6
         end
        end
       else
        local.get $4
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load8_splat
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         local.set $8
         local.get $3
         v128.load8_splat
         drop
         i32.const 0
         local.set $2
         loop $for-loop|7
          local.get $2
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $2
           local.get $5
           i32.add
           local.get $8
           local.get $2
           local.get $3
           i32.add
           v128.load
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           i8x16.ne
           v128.xor
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $2
           br $for-loop|7
          end
         end
        else
         i32.const 0
         local.set $2
        end
       end
      end
      local.get $2
      local.set $0
      loop $for-loop|8
       local.get $0
       local.get $6
       i32.lt_s
       if
        local.get $0
        local.get $5
        i32.add
        local.get $1
        local.get $0
        local.get $7
        i32.mul
        i32.add
        i32.load8_u
        i32.const 0
        i32.ne
        local.get $3
        local.get $0
        local.get $4
        i32.mul
        i32.add
        i32.load8_u
        i32.const 0
        i32.ne
        i32.ne
        i32.store8
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      br $break|0
     end
     local.get $4
     i32.const 1
     i32.eq
     local.get $2
     local.tee $7
     i32.const 1
     i32.eq
     i32.and
     if
      local.get $1
      v128.load8_splat
      drop
      local.get $3
      v128.load8_splat
      drop
      i32.const 0
      local.set $2
      loop $for-loop|9
       local.get $2
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $2
        local.get $5
        i32.add
        local.get $1
        local.get $2
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.get $2
        local.get $3
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        v128.and
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $2
        br $for-loop|9
       end
      end
     else
      local.get $7
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load8_splat
       drop
       local.get $3
       v128.load8_splat
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       local.set $8
       i32.const 0
       local.set $2
       loop $for-loop|10
        local.get $2
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $2
         local.get $5
         i32.add
         local.get $1
         local.get $2
         i32.add
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         local.get $8
         v128.and
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $2
         br $for-loop|10
        end
       end
      else
       local.get $4
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load8_splat
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.set $8
        local.get $3
        v128.load8_splat
        drop
        i32.const 0
        local.set $2
        loop $for-loop|11
         local.get $2
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $2
          local.get $5
          i32.add
          local.get $8
          local.get $2
          local.get $3
          i32.add
          v128.load
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i8x16.ne
          v128.and
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $2
          br $for-loop|11
         end
        end
       else
        i32.const 0
        local.set $2
       end
      end
     end
     local.get $2
     local.set $0
     loop $for-loop|12
      local.get $0
      local.get $6
      i32.lt_s
      if
       local.get $0
       local.get $5
       i32.add
       local.get $1
       local.get $0
       local.get $7
       i32.mul
       i32.add
       i32.load8_u
       i32.const 0
       i32.ne
       local.get $3
       local.get $0
       local.get $4
       i32.mul
       i32.add
       i32.load8_u
       i32.const 0
       i32.ne
       i32.and
       i32.store8
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|12
      end
     end
     br $break|0
    end
    local.get $4
    i32.const 1
    i32.eq
    local.get $2
    local.tee $7
    i32.const 1
    i32.eq
    i32.and
    if
     local.get $1
     v128.load8_splat
     drop
     local.get $3
     v128.load8_splat
     drop
     i32.const 0
     local.set $2
     loop $for-loop|13
      local.get $2
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $2
       local.get $5
       i32.add
       local.get $1
       local.get $2
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       local.get $2
       local.get $3
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       v128.or
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $2
       br $for-loop|13
      end
     end
    else
     local.get $7
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load8_splat
      drop
      local.get $3
      v128.load8_splat
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      local.set $8
      i32.const 0
      local.set $2
      loop $for-loop|14
       local.get $2
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $2
        local.get $5
        i32.add
        local.get $1
        local.get $2
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        local.get $8
        v128.or
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $2
        br $for-loop|14
       end
      end
     else
      local.get $4
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load8_splat
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       local.set $8
       local.get $3
       v128.load8_splat
       drop
       i32.const 0
       local.set $2
       loop $for-loop|15
        local.get $2
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $2
         local.get $5
         i32.add
         local.get $8
         local.get $2
         local.get $3
         i32.add
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i8x16.ne
         v128.or
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $2
         br $for-loop|15
        end
       end
      else
       i32.const 0
       local.set $2
      end
     end
    end
    local.get $2
    local.set $0
    loop $for-loop|16
     local.get $0
     local.get $6
     i32.lt_s
     if
      local.get $0
      local.get $5
      i32.add
      local.get $1
      local.get $0
      local.get $7
      i32.mul
      i32.add
      i32.load8_u
      local.get $3
      local.get $0
      local.get $4
      i32.mul
      i32.add
      i32.load8_u
      i32.or
      i32.const 0
      i32.ne
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|16
     end
    end
    br $break|0
   end
   local.get $4
   i32.const 1
   i32.eq
   local.get $2
   local.tee $7
   i32.const 1
   i32.eq
   i32.and
   if
    local.get $1
    v128.load8_splat
    drop
    local.get $3
    v128.load8_splat
    drop
    i32.const 0
    local.set $2
    loop $for-loop|17
     local.get $2
     i32.const 16
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $2
      local.get $5
      i32.add
      local.get $1
      local.get $2
      i32.add
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      local.get $2
      local.get $3
      i32.add
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      v128.xor
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store
      local.get $0
      local.set $2
      br $for-loop|17
     end
    end
   else
    local.get $7
    i32.const 1
    i32.eq
    if
     local.get $1
     v128.load8_splat
     drop
     local.get $3
     v128.load8_splat
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     i8x16.ne
     local.set $8
     i32.const 0
     local.set $2
     loop $for-loop|18
      local.get $2
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $2
       local.get $5
       i32.add
       local.get $1
       local.get $2
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i8x16.ne
       local.get $8
       v128.xor
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $2
       br $for-loop|18
      end
     end
    else
     local.get $4
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load8_splat
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i8x16.ne
      local.set $8
      local.get $3
      v128.load8_splat
      drop
      i32.const 0
      local.set $2
      loop $for-loop|19
       local.get $2
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $2
        local.get $5
        i32.add
        local.get $8
        local.get $2
        local.get $3
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i8x16.ne
        v128.xor
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $2
        br $for-loop|19
       end
      end
     else
      i32.const 0
      local.set $2
     end
    end
   end
   local.get $2
   local.set $0
   loop $for-loop|20
    local.get $0
    local.get $6
    i32.lt_s
    if
     local.get $0
     local.get $5
     i32.add
     local.get $1
     local.get $0
     local.get $7
     i32.mul
     i32.add
     i32.load8_u
     i32.const 0
     i32.ne
     local.get $3
     local.get $0
     local.get $4
     i32.mul
     i32.add
     i32.load8_u
     i32.const 0
     i32.ne
     i32.ne
     i32.store8
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|20
    end
   end
  end
 )
 (func $asm/src/compare/compare_i32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  block $break|0
   block $case5|0
    block $case4|0
     block $case3|0
      block $case2|0
       block $case1|0
        block $case0|0
         local.get $0
         br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $break|0
        end
        local.get $4
        local.tee $8
        i32.const 1
        i32.eq
        local.get $2
        i32.const 1
        i32.eq
        i32.and
        if (result i32)
         local.get $1
         v128.load32_splat
         drop
         local.get $3
         v128.load32_splat
         drop
         loop $for-loop|1
          local.get $7
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $5
           local.get $7
           i32.add
           local.get $7
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $3
           local.get $4
           i32.add
           local.tee $7
           v128.load
           i32x4.eq
           local.get $1
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           local.get $7
           v128.load offset=16
           i32x4.eq
           i16x8.narrow_i32x4_s
           local.get $4
           v128.load offset=32
           local.get $7
           v128.load offset=32
           i32x4.eq
           local.get $4
           v128.load offset=48
           local.get $7
           v128.load offset=48
           i32x4.eq
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $7
           br $for-loop|1
          end
         end
         loop $for-loop|2
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $5
           local.get $7
           i32.add
           local.get $7
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $3
           local.get $4
           i32.add
           v128.load
           i32x4.eq
           local.tee $9
           local.get $9
           i16x8.narrow_i32x4_s
           local.tee $9
           local.get $9
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $7
           br $for-loop|2
          end
         end
         local.get $7
        else
         local.get $2
         i32.const 1
         i32.eq
         if
          local.get $1
          v128.load32_splat
          drop
          local.get $3
          v128.load32_splat
          local.set $9
          i32.const 0
          local.set $4
          loop $for-loop|3
           local.get $4
           i32.const 16
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $4
            i32.const 2
            i32.shl
            local.tee $4
            local.get $1
            i32.add
            v128.load
            local.get $9
            i32x4.eq
            local.get $1
            local.get $4
            i32.add
            local.tee $4
            v128.load offset=16
            local.get $9
            i32x4.eq
            i16x8.narrow_i32x4_s
            local.get $4
            v128.load offset=32
            local.get $9
            i32x4.eq
            local.get $4
            v128.load offset=48
            local.get $9
            i32x4.eq
            i16x8.narrow_i32x4_s
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store
            local.get $0
            local.set $4
            br $for-loop|3
           end
          end
          loop $for-loop|4
           local.get $4
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $1
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            v128.load
            local.get $9
            i32x4.eq
            local.tee $10
            local.get $10
            i16x8.narrow_i32x4_s
            local.tee $10
            local.get $10
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store32_lane 0
            local.get $0
            local.set $4
            br $for-loop|4
           end
          end
         else
          local.get $8
          i32.const 1
          i32.eq
          if
           local.get $1
           v128.load32_splat
           local.set $9
           local.get $3
           v128.load32_splat
           drop
           i32.const 0
           local.set $4
           loop $for-loop|5
            local.get $4
            i32.const 16
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $4
             local.get $5
             i32.add
             local.get $9
             local.get $4
             i32.const 2
             i32.shl
             local.tee $4
             local.get $3
             i32.add
             v128.load
             i32x4.eq
             local.get $9
             local.get $3
             local.get $4
             i32.add
             local.tee $4
             v128.load offset=16
             i32x4.eq
             i16x8.narrow_i32x4_s
             local.get $9
             local.get $4
             v128.load offset=32
             i32x4.eq
             local.get $9
             local.get $4
             v128.load offset=48
             i32x4.eq
             i16x8.narrow_i32x4_s
             i8x16.narrow_i16x8_s
             v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
             v128.and
             v128.store
             local.get $0
             local.set $4
             br $for-loop|5
            end
           end
           loop $for-loop|6
            local.get $4
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $4
             local.get $5
             i32.add
             local.get $9
             local.get $3
             local.get $4
             i32.const 2
             i32.shl
             i32.add
             v128.load
             i32x4.eq
             local.tee $10
             local.get $10
             i16x8.narrow_i32x4_s
             local.tee $10
             local.get $10
             i8x16.narrow_i16x8_s
             v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
             v128.and
             v128.store32_lane 0
             local.get $0
             local.set $4
             br $for-loop|6
            end
           end
          else
           i32.const 0
           local.set $4
          end
         end
         local.get $4
        end
        local.set $0
        local.get $2
        i32.const 2
        i32.shl
        local.set $2
        local.get $8
        i32.const 2
        i32.shl
        local.set $4
        loop $for-loop|7
         local.get $0
         local.get $6
         i32.lt_s
         if
          local.get $0
          local.get $5
          i32.add
          local.get $1
          local.get $0
          local.get $2
          i32.mul
          i32.add
          i32.load
          local.get $3
          local.get $0
          local.get $4
          i32.mul
          i32.add
          i32.load
          i32.eq
          i32.store8
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|7
         end
        end
        br $break|0
       end
       local.get $4
       local.tee $8
       i32.const 1
       i32.eq
       local.get $2
       i32.const 1
       i32.eq
       i32.and
       if (result i32)
        local.get $1
        v128.load32_splat
        drop
        local.get $3
        v128.load32_splat
        drop
        loop $for-loop|8
         local.get $7
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $5
          local.get $7
          i32.add
          local.get $7
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $3
          local.get $4
          i32.add
          local.tee $7
          v128.load
          i32x4.ne
          local.get $1
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          local.get $7
          v128.load offset=16
          i32x4.ne
          i16x8.narrow_i32x4_s
          local.get $4
          v128.load offset=32
          local.get $7
          v128.load offset=32
          i32x4.ne
          local.get $4
          v128.load offset=48
          local.get $7
          v128.load offset=48
          i32x4.ne
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $7
          br $for-loop|8
         end
        end
        loop $for-loop|9
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $5
          local.get $7
          i32.add
          local.get $7
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $3
          local.get $4
          i32.add
          v128.load
          i32x4.ne
          local.tee $9
          local.get $9
          i16x8.narrow_i32x4_s
          local.tee $9
          local.get $9
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $7
          br $for-loop|9
         end
        end
        local.get $7
       else
        local.get $2
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load32_splat
         drop
         local.get $3
         v128.load32_splat
         local.set $9
         i32.const 0
         local.set $4
         loop $for-loop|10
          local.get $4
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $4
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $9
           i32x4.ne
           local.get $1
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           local.get $9
           i32x4.ne
           i16x8.narrow_i32x4_s
           local.get $4
           v128.load offset=32
           local.get $9
           i32x4.ne
           local.get $4
           v128.load offset=48
           local.get $9
           i32x4.ne
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $4
           br $for-loop|10
          end
         end
         loop $for-loop|11
          local.get $4
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $1
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           v128.load
           local.get $9
           i32x4.ne
           local.tee $10
           local.get $10
           i16x8.narrow_i32x4_s
           local.tee $10
           local.get $10
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $4
           br $for-loop|11
          end
         end
        else
         local.get $8
         i32.const 1
         i32.eq
         if
          local.get $1
          v128.load32_splat
          local.set $9
          local.get $3
          v128.load32_splat
          drop
          i32.const 0
          local.set $4
          loop $for-loop|12
           local.get $4
           i32.const 16
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $9
            local.get $4
            i32.const 2
            i32.shl
            local.tee $4
            local.get $3
            i32.add
            v128.load
            i32x4.ne
            local.get $9
            local.get $3
            local.get $4
            i32.add
            local.tee $4
            v128.load offset=16
            i32x4.ne
            i16x8.narrow_i32x4_s
            local.get $9
            local.get $4
            v128.load offset=32
            i32x4.ne
            local.get $9
            local.get $4
            v128.load offset=48
            i32x4.ne
            i16x8.narrow_i32x4_s
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store
            local.get $0
            local.set $4
            br $for-loop|12
           end
          end
          loop $for-loop|13
           local.get $4
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $9
            local.get $3
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            v128.load
            i32x4.ne
            local.tee $10
            local.get $10
            i16x8.narrow_i32x4_s
            local.tee $10
            local.get $10
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store32_lane 0
            local.get $0
            local.set $4
            br $for-loop|13
           end
          end
         else
          i32.const 0
          local.set $4
         end
        end
        local.get $4
       end
       local.set $0
       local.get $2
       i32.const 2
       i32.shl
       local.set $2
       local.get $8
       i32.const 2
       i32.shl
       local.set $4
       loop $for-loop|14
        local.get $0
        local.get $6
        i32.lt_s
        if
         local.get $0
         local.get $5
         i32.add
         local.get $1
         local.get $0
         local.get $2
         i32.mul
         i32.add
         i32.load
         local.get $3
         local.get $0
         local.get $4
         i32.mul
         i32.add
         i32.load
         i32.ne
         i32.store8
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|14
        end
       end
       br $break|0
      end
      local.get $4
      local.tee $8
      i32.const 1
      i32.eq
      local.get $2
      i32.const 1
      i32.eq
      i32.and
      if (result i32)
       local.get $1
       v128.load32_splat
       drop
       local.get $3
       v128.load32_splat
       drop
       loop $for-loop|15
        local.get $7
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $5
         local.get $7
         i32.add
         local.get $7
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $3
         local.get $4
         i32.add
         local.tee $7
         v128.load
         i32x4.lt_s
         local.get $1
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         local.get $7
         v128.load offset=16
         i32x4.lt_s
         i16x8.narrow_i32x4_s
         local.get $4
         v128.load offset=32
         local.get $7
         v128.load offset=32
         i32x4.lt_s
         local.get $4
         v128.load offset=48
         local.get $7
         v128.load offset=48
         i32x4.lt_s
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $7
         br $for-loop|15
        end
       end
       loop $for-loop|16
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $5
         local.get $7
         i32.add
         local.get $7
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $3
         local.get $4
         i32.add
         v128.load
         i32x4.lt_s
         local.tee $9
         local.get $9
         i16x8.narrow_i32x4_s
         local.tee $9
         local.get $9
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $7
         br $for-loop|16
        end
       end
       local.get $7
      else
       local.get $2
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load32_splat
        drop
        local.get $3
        v128.load32_splat
        local.set $9
        i32.const 0
        local.set $4
        loop $for-loop|17
         local.get $4
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $9
          i32x4.lt_s
          local.get $1
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          local.get $9
          i32x4.lt_s
          i16x8.narrow_i32x4_s
          local.get $4
          v128.load offset=32
          local.get $9
          i32x4.lt_s
          local.get $4
          v128.load offset=48
          local.get $9
          i32x4.lt_s
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $4
          br $for-loop|17
         end
        end
        loop $for-loop|18
         local.get $4
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $1
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          v128.load
          local.get $9
          i32x4.lt_s
          local.tee $10
          local.get $10
          i16x8.narrow_i32x4_s
          local.tee $10
          local.get $10
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $4
          br $for-loop|18
         end
        end
       else
        local.get $8
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load32_splat
         local.set $9
         local.get $3
         v128.load32_splat
         drop
         i32.const 0
         local.set $4
         loop $for-loop|19
          local.get $4
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $9
           local.get $4
           i32.const 2
           i32.shl
           local.tee $4
           local.get $3
           i32.add
           v128.load
           i32x4.lt_s
           local.get $9
           local.get $3
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           i32x4.lt_s
           i16x8.narrow_i32x4_s
           local.get $9
           local.get $4
           v128.load offset=32
           i32x4.lt_s
           local.get $9
           local.get $4
           v128.load offset=48
           i32x4.lt_s
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $4
           br $for-loop|19
          end
         end
         loop $for-loop|20
          local.get $4
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $9
           local.get $3
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           v128.load
           i32x4.lt_s
           local.tee $10
           local.get $10
           i16x8.narrow_i32x4_s
           local.tee $10
           local.get $10
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $4
           br $for-loop|20
          end
         end
        else
         i32.const 0
         local.set $4
        end
       end
       local.get $4
      end
      local.set $0
      local.get $2
      i32.const 2
      i32.shl
      local.set $2
      local.get $8
      i32.const 2
      i32.shl
      local.set $4
      loop $for-loop|21
       local.get $0
       local.get $6
       i32.lt_s
       if
        local.get $0
        local.get $5
        i32.add
        local.get $1
        local.get $0
        local.get $2
        i32.mul
        i32.add
        i32.load
        local.get $3
        local.get $0
        local.get $4
        i32.mul
        i32.add
        i32.load
        i32.lt_s
        i32.store8
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|21
       end
      end
      br $break|0
     end
     local.get $4
     local.tee $8
     i32.const 1
     i32.eq
     local.get $2
     i32.const 1
     i32.eq
     i32.and
     if (result i32)
      local.get $1
      v128.load32_splat
      drop
      local.get $3
      v128.load32_splat
      drop
      loop $for-loop|22
       local.get $7
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $5
        local.get $7
        i32.add
        local.get $7
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $3
        local.get $4
        i32.add
        local.tee $7
        v128.load
        i32x4.le_s
        local.get $1
        local.get $4
        i32.add
        local.tee $4
        v128.load offset=16
        local.get $7
        v128.load offset=16
        i32x4.le_s
        i16x8.narrow_i32x4_s
        local.get $4
        v128.load offset=32
        local.get $7
        v128.load offset=32
        i32x4.le_s
        local.get $4
        v128.load offset=48
        local.get $7
        v128.load offset=48
        i32x4.le_s
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $7
        br $for-loop|22
       end
      end
      loop $for-loop|23
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $5
        local.get $7
        i32.add
        local.get $7
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $3
        local.get $4
        i32.add
        v128.load
        i32x4.le_s
        local.tee $9
        local.get $9
        i16x8.narrow_i32x4_s
        local.tee $9
        local.get $9
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $7
        br $for-loop|23
       end
      end
      local.get $7
     else
      local.get $2
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load32_splat
       drop
       local.get $3
       v128.load32_splat
       local.set $9
       i32.const 0
       local.set $4
       loop $for-loop|24
        local.get $4
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $4
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $9
         i32x4.le_s
         local.get $1
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         local.get $9
         i32x4.le_s
         i16x8.narrow_i32x4_s
         local.get $4
         v128.load offset=32
         local.get $9
         i32x4.le_s
         local.get $4
         v128.load offset=48
         local.get $9
         i32x4.le_s
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $4
         br $for-loop|24
        end
       end
       loop $for-loop|25
        local.get $4
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $1
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         v128.load
         local.get $9
         i32x4.le_s
         local.tee $10
         local.get $10
         i16x8.narrow_i32x4_s
         local.tee $10
         local.get $10
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $4
         br $for-loop|25
        end
       end
      else
       local.get $8
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load32_splat
        local.set $9
        local.get $3
        v128.load32_splat
        drop
        i32.const 0
        local.set $4
        loop $for-loop|26
         local.get $4
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $9
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $3
          i32.add
          v128.load
          i32x4.le_s
          local.get $9
          local.get $3
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          i32x4.le_s
          i16x8.narrow_i32x4_s
          local.get $9
          local.get $4
          v128.load offset=32
          i32x4.le_s
          local.get $9
          local.get $4
          v128.load offset=48
          i32x4.le_s
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $4
          br $for-loop|26
         end
        end
        loop $for-loop|27
         local.get $4
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $9
          local.get $3
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          v128.load
          i32x4.le_s
          local.tee $10
          local.get $10
          i16x8.narrow_i32x4_s
          local.tee $10
          local.get $10
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $4
          br $for-loop|27
         end
        end
       else
        i32.const 0
        local.set $4
       end
      end
      local.get $4
     end
     local.set $0
     local.get $2
     i32.const 2
     i32.shl
     local.set $2
     local.get $8
     i32.const 2
     i32.shl
     local.set $4
     loop $for-loop|28
      local.get $0
      local.get $6
      i32.lt_s
      if
       local.get $0
       local.get $5
       i32.add
       local.get $1
       local.get $0
       local.get $2
       i32.mul
       i32.add
       i32.load
       local.get $3
       local.get $0
       local.get $4
       i32.mul
       i32.add
       i32.load
       i32.le_s
       i32.store8
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|28
      end
     end
     br $break|0
    end
    local.get $4
    local.tee $8
    i32.const 1
    i32.eq
    local.get $2
    i32.const 1
    i32.eq
    i32.and
    if (result i32)
     local.get $1
     v128.load32_splat
     drop
     local.get $3
     v128.load32_splat
     drop
     loop $for-loop|29
      local.get $7
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $5
       local.get $7
       i32.add
       local.get $7
       i32.const 2
       i32.shl
       local.tee $4
       local.get $1
       i32.add
       v128.load
       local.get $3
       local.get $4
       i32.add
       local.tee $7
       v128.load
       i32x4.gt_s
       local.get $1
       local.get $4
       i32.add
       local.tee $4
       v128.load offset=16
       local.get $7
       v128.load offset=16
       i32x4.gt_s
       i16x8.narrow_i32x4_s
       local.get $4
       v128.load offset=32
       local.get $7
       v128.load offset=32
       i32x4.gt_s
       local.get $4
       v128.load offset=48
       local.get $7
       v128.load offset=48
       i32x4.gt_s
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $7
       br $for-loop|29
      end
     end
     loop $for-loop|30
      local.get $7
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $5
       local.get $7
       i32.add
       local.get $7
       i32.const 2
       i32.shl
       local.tee $4
       local.get $1
       i32.add
       v128.load
       local.get $3
       local.get $4
       i32.add
       v128.load
       i32x4.gt_s
       local.tee $9
       local.get $9
       i16x8.narrow_i32x4_s
       local.tee $9
       local.get $9
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store32_lane 0
       local.get $0
       local.set $7
       br $for-loop|30
      end
     end
     local.get $7
    else
     local.get $2
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load32_splat
      drop
      local.get $3
      v128.load32_splat
      local.set $9
      i32.const 0
      local.set $4
      loop $for-loop|31
       local.get $4
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $4
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $9
        i32x4.gt_s
        local.get $1
        local.get $4
        i32.add
        local.tee $4
        v128.load offset=16
        local.get $9
        i32x4.gt_s
        i16x8.narrow_i32x4_s
        local.get $4
        v128.load offset=32
        local.get $9
        i32x4.gt_s
        local.get $4
        v128.load offset=48
        local.get $9
        i32x4.gt_s
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $4
        br $for-loop|31
       end
      end
      loop $for-loop|32
       local.get $4
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $1
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        v128.load
        local.get $9
        i32x4.gt_s
        local.tee $10
        local.get $10
        i16x8.narrow_i32x4_s
        local.tee $10
        local.get $10
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $4
        br $for-loop|32
       end
      end
     else
      local.get $8
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load32_splat
       local.set $9
       local.get $3
       v128.load32_splat
       drop
       i32.const 0
       local.set $4
       loop $for-loop|33
        local.get $4
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $9
         local.get $4
         i32.const 2
         i32.shl
         local.tee $4
         local.get $3
         i32.add
         v128.load
         i32x4.gt_s
         local.get $9
         local.get $3
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         i32x4.gt_s
         i16x8.narrow_i32x4_s
         local.get $9
         local.get $4
         v128.load offset=32
         i32x4.gt_s
         local.get $9
         local.get $4
         v128.load offset=48
         i32x4.gt_s
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $4
         br $for-loop|33
        end
       end
       loop $for-loop|34
        local.get $4
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $9
         local.get $3
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         v128.load
         i32x4.gt_s
         local.tee $10
         local.get $10
         i16x8.narrow_i32x4_s
         local.tee $10
         local.get $10
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $4
         br $for-loop|34
        end
       end
      else
       i32.const 0
       local.set $4
      end
     end
     local.get $4
    end
    local.set $0
    local.get $2
    i32.const 2
    i32.shl
    local.set $2
    local.get $8
    i32.const 2
    i32.shl
    local.set $4
    loop $for-loop|35
     local.get $0
     local.get $6
     i32.lt_s
     if
      local.get $0
      local.get $5
      i32.add
      local.get $1
      local.get $0
      local.get $2
      i32.mul
      i32.add
      i32.load
      local.get $3
      local.get $0
      local.get $4
      i32.mul
      i32.add
      i32.load
      i32.gt_s
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|35
     end
    end
    br $break|0
   end
   local.get $4
   local.tee $8
   i32.const 1
   i32.eq
   local.get $2
   i32.const 1
   i32.eq
   i32.and
   if (result i32)
    local.get $1
    v128.load32_splat
    drop
    local.get $3
    v128.load32_splat
    drop
    loop $for-loop|36
     local.get $7
     i32.const 16
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $5
      local.get $7
      i32.add
      local.get $7
      i32.const 2
      i32.shl
      local.tee $4
      local.get $1
      i32.add
      local.tee $7
      v128.load
      local.get $3
      local.get $4
      i32.add
      local.tee $4
      v128.load
      i32x4.ge_s
      local.get $7
      v128.load offset=16
      local.get $4
      v128.load offset=16
      i32x4.ge_s
      i16x8.narrow_i32x4_s
      local.get $7
      v128.load offset=32
      local.get $4
      v128.load offset=32
      i32x4.ge_s
      local.get $7
      v128.load offset=48
      local.get $4
      v128.load offset=48
      i32x4.ge_s
      i16x8.narrow_i32x4_s
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store
      local.get $0
      local.set $7
      br $for-loop|36
     end
    end
    loop $for-loop|37
     local.get $7
     i32.const 4
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $5
      local.get $7
      i32.add
      local.get $7
      i32.const 2
      i32.shl
      local.tee $4
      local.get $1
      i32.add
      v128.load
      local.get $3
      local.get $4
      i32.add
      v128.load
      i32x4.ge_s
      local.tee $9
      local.get $9
      i16x8.narrow_i32x4_s
      local.tee $9
      local.get $9
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store32_lane 0
      local.get $0
      local.set $7
      br $for-loop|37
     end
    end
    local.get $7
   else
    local.get $2
    i32.const 1
    i32.eq
    if
     local.get $1
     v128.load32_splat
     drop
     local.get $3
     v128.load32_splat
     local.set $9
     i32.const 0
     local.set $4
     loop $for-loop|38
      local.get $4
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $4
       local.get $5
       i32.add
       local.get $4
       i32.const 2
       i32.shl
       local.get $1
       i32.add
       local.tee $4
       v128.load
       local.get $9
       i32x4.ge_s
       local.get $4
       v128.load offset=16
       local.get $9
       i32x4.ge_s
       i16x8.narrow_i32x4_s
       local.get $4
       v128.load offset=32
       local.get $9
       i32x4.ge_s
       local.get $4
       v128.load offset=48
       local.get $9
       i32x4.ge_s
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $4
       br $for-loop|38
      end
     end
     loop $for-loop|39
      local.get $4
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $4
       local.get $5
       i32.add
       local.get $1
       local.get $4
       i32.const 2
       i32.shl
       i32.add
       v128.load
       local.get $9
       i32x4.ge_s
       local.tee $10
       local.get $10
       i16x8.narrow_i32x4_s
       local.tee $10
       local.get $10
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store32_lane 0
       local.get $0
       local.set $4
       br $for-loop|39
      end
     end
    else
     local.get $8
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load32_splat
      local.set $9
      local.get $3
      v128.load32_splat
      drop
      i32.const 0
      local.set $4
      loop $for-loop|40
       local.get $4
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $9
        local.get $4
        i32.const 2
        i32.shl
        local.get $3
        i32.add
        local.tee $4
        v128.load
        i32x4.ge_s
        local.get $9
        local.get $4
        v128.load offset=16
        i32x4.ge_s
        i16x8.narrow_i32x4_s
        local.get $9
        local.get $4
        v128.load offset=32
        i32x4.ge_s
        local.get $9
        local.get $4
        v128.load offset=48
        i32x4.ge_s
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $4
        br $for-loop|40
       end
      end
      loop $for-loop|41
       local.get $4
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $9
        local.get $3
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        v128.load
        i32x4.ge_s
        local.tee $10
        local.get $10
        i16x8.narrow_i32x4_s
        local.tee $10
        local.get $10
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $4
        br $for-loop|41
       end
      end
     else
      i32.const 0
      local.set $4
     end
    end
    local.get $4
   end
   local.set $0
   local.get $2
   i32.const 2
   i32.shl
   local.set $2
   local.get $8
   i32.const 2
   i32.shl
   local.set $4
   loop $for-loop|42
    local.get $0
    local.get $6
    i32.lt_s
    if
     local.get $0
     local.get $5
     i32.add
     local.get $1
     local.get $0
     local.get $2
     i32.mul
     i32.add
     i32.load
     local.get $3
     local.get $0
     local.get $4
     i32.mul
     i32.add
     i32.load
     i32.ge_s
     i32.store8
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|42
    end
   end
  end
 )
 (func $asm/src/compare/compare_f32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  block $break|0
   block $case5|0
    block $case4|0
     block $case3|0
      block $case2|0
       block $case1|0
        block $case0|0
         local.get $0
         br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $break|0
        end
        local.get $4
        local.tee $8
        i32.const 1
        i32.eq
        local.get $2
        i32.const 1
        i32.eq
        i32.and
        if (result i32)
         local.get $1
         v128.load32_splat
         drop
         local.get $3
         v128.load32_splat
         drop
         loop $for-loop|1
          local.get $7
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $5
           local.get $7
           i32.add
           local.get $7
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $3
           local.get $4
           i32.add
           local.tee $7
           v128.load
           f32x4.eq
           local.get $1
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           local.get $7
           v128.load offset=16
           f32x4.eq
           i16x8.narrow_i32x4_s
           local.get $4
           v128.load offset=32
           local.get $7
           v128.load offset=32
           f32x4.eq
           local.get $4
           v128.load offset=48
           local.get $7
           v128.load offset=48
           f32x4.eq
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $7
           br $for-loop|1
          end
         end
         loop $for-loop|2
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $5
           local.get $7
           i32.add
           local.get $7
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $3
           local.get $4
           i32.add
           v128.load
           f32x4.eq
           local.tee $9
           local.get $9
           i16x8.narrow_i32x4_s
           local.tee $9
           local.get $9
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $7
           br $for-loop|2
          end
         end
         local.get $7
        else
         local.get $2
         i32.const 1
         i32.eq
         if
          local.get $1
          v128.load32_splat
          drop
          local.get $3
          v128.load32_splat
          local.set $9
          i32.const 0
          local.set $4
          loop $for-loop|3
           local.get $4
           i32.const 16
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $4
            i32.const 2
            i32.shl
            local.tee $4
            local.get $1
            i32.add
            v128.load
            local.get $9
            f32x4.eq
            local.get $1
            local.get $4
            i32.add
            local.tee $4
            v128.load offset=16
            local.get $9
            f32x4.eq
            i16x8.narrow_i32x4_s
            local.get $4
            v128.load offset=32
            local.get $9
            f32x4.eq
            local.get $4
            v128.load offset=48
            local.get $9
            f32x4.eq
            i16x8.narrow_i32x4_s
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store
            local.get $0
            local.set $4
            br $for-loop|3
           end
          end
          loop $for-loop|4
           local.get $4
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $1
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            v128.load
            local.get $9
            f32x4.eq
            local.tee $10
            local.get $10
            i16x8.narrow_i32x4_s
            local.tee $10
            local.get $10
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store32_lane 0
            local.get $0
            local.set $4
            br $for-loop|4
           end
          end
         else
          local.get $8
          i32.const 1
          i32.eq
          if
           local.get $1
           v128.load32_splat
           local.set $9
           local.get $3
           v128.load32_splat
           drop
           i32.const 0
           local.set $4
           loop $for-loop|5
            local.get $4
            i32.const 16
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $4
             local.get $5
             i32.add
             local.get $9
             local.get $4
             i32.const 2
             i32.shl
             local.tee $4
             local.get $3
             i32.add
             v128.load
             f32x4.eq
             local.get $9
             local.get $3
             local.get $4
             i32.add
             local.tee $4
             v128.load offset=16
             f32x4.eq
             i16x8.narrow_i32x4_s
             local.get $9
             local.get $4
             v128.load offset=32
             f32x4.eq
             local.get $9
             local.get $4
             v128.load offset=48
             f32x4.eq
             i16x8.narrow_i32x4_s
             i8x16.narrow_i16x8_s
             v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
             v128.and
             v128.store
             local.get $0
             local.set $4
             br $for-loop|5
            end
           end
           loop $for-loop|6
            local.get $4
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $4
             local.get $5
             i32.add
             local.get $9
             local.get $3
             local.get $4
             i32.const 2
             i32.shl
             i32.add
             v128.load
             f32x4.eq
             local.tee $10
             local.get $10
             i16x8.narrow_i32x4_s
             local.tee $10
             local.get $10
             i8x16.narrow_i16x8_s
             v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
             v128.and
             v128.store32_lane 0
             local.get $0
             local.set $4
             br $for-loop|6
            end
           end
          else
           i32.const 0
           local.set $4
          end
         end
         local.get $4
        end
        local.set $0
        local.get $2
        i32.const 2
        i32.shl
        local.set $2
        local.get $8
        i32.const 2
        i32.shl
        local.set $4
        loop $for-loop|7
         local.get $0
         local.get $6
         i32.lt_s
         if
          local.get $0
          local.get $5
          i32.add
          local.get $1
          local.get $0
          local.get $2
          i32.mul
          i32.add
          f32.load
          local.get $3
          local.get $0
          local.get $4
          i32.mul
          i32.add
          f32.load
          f32.eq
          i32.store8
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|7
         end
        end
        br $break|0
       end
       local.get $4
       local.tee $8
       i32.const 1
       i32.eq
       local.get $2
       i32.const 1
       i32.eq
       i32.and
       if (result i32)
        local.get $1
        v128.load32_splat
        drop
        local.get $3
        v128.load32_splat
        drop
        loop $for-loop|8
         local.get $7
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $5
          local.get $7
          i32.add
          local.get $7
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $3
          local.get $4
          i32.add
          local.tee $7
          v128.load
          f32x4.ne
          local.get $1
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          local.get $7
          v128.load offset=16
          f32x4.ne
          i16x8.narrow_i32x4_s
          local.get $4
          v128.load offset=32
          local.get $7
          v128.load offset=32
          f32x4.ne
          local.get $4
          v128.load offset=48
          local.get $7
          v128.load offset=48
          f32x4.ne
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $7
          br $for-loop|8
         end
        end
        loop $for-loop|9
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $5
          local.get $7
          i32.add
          local.get $7
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $3
          local.get $4
          i32.add
          v128.load
          f32x4.ne
          local.tee $9
          local.get $9
          i16x8.narrow_i32x4_s
          local.tee $9
          local.get $9
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $7
          br $for-loop|9
         end
        end
        local.get $7
       else
        local.get $2
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load32_splat
         drop
         local.get $3
         v128.load32_splat
         local.set $9
         i32.const 0
         local.set $4
         loop $for-loop|10
          local.get $4
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $4
           i32.const 2
           i32.shl
           local.tee $4
           local.get $1
           i32.add
           v128.load
           local.get $9
           f32x4.ne
           local.get $1
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           local.get $9
           f32x4.ne
           i16x8.narrow_i32x4_s
           local.get $4
           v128.load offset=32
           local.get $9
           f32x4.ne
           local.get $4
           v128.load offset=48
           local.get $9
           f32x4.ne
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $4
           br $for-loop|10
          end
         end
         loop $for-loop|11
          local.get $4
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $1
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           v128.load
           local.get $9
           f32x4.ne
           local.tee $10
           local.get $10
           i16x8.narrow_i32x4_s
           local.tee $10
           local.get $10
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $4
           br $for-loop|11
          end
         end
        else
         local.get $8
         i32.const 1
         i32.eq
         if
          local.get $1
          v128.load32_splat
          local.set $9
          local.get $3
          v128.load32_splat
          drop
          i32.const 0
          local.set $4
          loop $for-loop|12
           local.get $4
           i32.const 16
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $9
            local.get $4
            i32.const 2
            i32.shl
            local.tee $4
            local.get $3
            i32.add
            v128.load
            f32x4.ne
            local.get $9
            local.get $3
            local.get $4
            i32.add
            local.tee $4
            v128.load offset=16
            f32x4.ne
            i16x8.narrow_i32x4_s
            local.get $9
            local.get $4
            v128.load offset=32
            f32x4.ne
            local.get $9
            local.get $4
            v128.load offset=48
            f32x4.ne
            i16x8.narrow_i32x4_s
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store
            local.get $0
            local.set $4
            br $for-loop|12
           end
          end
          loop $for-loop|13
           local.get $4
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $4
            local.get $5
            i32.add
            local.get $9
            local.get $3
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            v128.load
            f32x4.ne
            local.tee $10
            local.get $10
            i16x8.narrow_i32x4_s
            local.tee $10
            local.get $10
            i8x16.narrow_i16x8_s
            v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
            v128.and
            v128.store32_lane 0
            local.get $0
            local.set $4
            br $for-loop|13
           end
          end
         else
          i32.const 0
          local.set $4
         end
        end
        local.get $4
       end
       local.set $0
       local.get $2
       i32.const 2
       i32.shl
       local.set $2
       local.get $8
       i32.const 2
       i32.shl
       local.set $4
       loop $for-loop|14
        local.get $0
        local.get $6
        i32.lt_s
        if
         local.get $0
         local.get $5
         i32.add
         local.get $1
         local.get $0
         local.get $2
         i32.mul
         i32.add
         f32.load
         local.get $3
         local.get $0
         local.get $4
         i32.mul
         i32.add
         f32.load
         f32.ne
         i32.store8
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|14
        end
       end
       br $break|0
      end
      local.get $4
      local.tee $8
      i32.const 1
      i32.eq
      local.get $2
      i32.const 1
      i32.eq
      i32.and
      if (result i32)
       local.get $1
       v128.load32_splat
       drop
       local.get $3
       v128.load32_splat
       drop
       loop $for-loop|15
        local.get $7
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $5
         local.get $7
         i32.add
         local.get $7
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $3
         local.get $4
         i32.add
         local.tee $7
         v128.load
         f32x4.lt
         local.get $1
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         local.get $7
         v128.load offset=16
         f32x4.lt
         i16x8.narrow_i32x4_s
         local.get $4
         v128.load offset=32
         local.get $7
         v128.load offset=32
         f32x4.lt
         local.get $4
         v128.load offset=48
         local.get $7
         v128.load offset=48
         f32x4.lt
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $7
         br $for-loop|15
        end
       end
       loop $for-loop|16
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $5
         local.get $7
         i32.add
         local.get $7
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $3
         local.get $4
         i32.add
         v128.load
         f32x4.lt
         local.tee $9
         local.get $9
         i16x8.narrow_i32x4_s
         local.tee $9
         local.get $9
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $7
         br $for-loop|16
        end
       end
       local.get $7
      else
       local.get $2
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load32_splat
        drop
        local.get $3
        v128.load32_splat
        local.set $9
        i32.const 0
        local.set $4
        loop $for-loop|17
         local.get $4
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $1
          i32.add
          v128.load
          local.get $9
          f32x4.lt
          local.get $1
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          local.get $9
          f32x4.lt
          i16x8.narrow_i32x4_s
          local.get $4
          v128.load offset=32
          local.get $9
          f32x4.lt
          local.get $4
          v128.load offset=48
          local.get $9
          f32x4.lt
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $4
          br $for-loop|17
         end
        end
        loop $for-loop|18
         local.get $4
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $1
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          v128.load
          local.get $9
          f32x4.lt
          local.tee $10
          local.get $10
          i16x8.narrow_i32x4_s
          local.tee $10
          local.get $10
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $4
          br $for-loop|18
         end
        end
       else
        local.get $8
        i32.const 1
        i32.eq
        if
         local.get $1
         v128.load32_splat
         local.set $9
         local.get $3
         v128.load32_splat
         drop
         i32.const 0
         local.set $4
         loop $for-loop|19
          local.get $4
          i32.const 16
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $9
           local.get $4
           i32.const 2
           i32.shl
           local.tee $4
           local.get $3
           i32.add
           v128.load
           f32x4.lt
           local.get $9
           local.get $3
           local.get $4
           i32.add
           local.tee $4
           v128.load offset=16
           f32x4.lt
           i16x8.narrow_i32x4_s
           local.get $9
           local.get $4
           v128.load offset=32
           f32x4.lt
           local.get $9
           local.get $4
           v128.load offset=48
           f32x4.lt
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $0
           local.set $4
           br $for-loop|19
          end
         end
         loop $for-loop|20
          local.get $4
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $4
           local.get $5
           i32.add
           local.get $9
           local.get $3
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           v128.load
           f32x4.lt
           local.tee $10
           local.get $10
           i16x8.narrow_i32x4_s
           local.tee $10
           local.get $10
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store32_lane 0
           local.get $0
           local.set $4
           br $for-loop|20
          end
         end
        else
         i32.const 0
         local.set $4
        end
       end
       local.get $4
      end
      local.set $0
      local.get $2
      i32.const 2
      i32.shl
      local.set $2
      local.get $8
      i32.const 2
      i32.shl
      local.set $4
      loop $for-loop|21
       local.get $0
       local.get $6
       i32.lt_s
       if
        local.get $0
        local.get $5
        i32.add
        local.get $1
        local.get $0
        local.get $2
        i32.mul
        i32.add
        f32.load
        local.get $3
        local.get $0
        local.get $4
        i32.mul
        i32.add
        f32.load
        f32.lt
        i32.store8
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|21
       end
      end
      br $break|0
     end
     local.get $4
     local.tee $8
     i32.const 1
     i32.eq
     local.get $2
     i32.const 1
     i32.eq
     i32.and
     if (result i32)
      local.get $1
      v128.load32_splat
      drop
      local.get $3
      v128.load32_splat
      drop
      loop $for-loop|22
       local.get $7
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $5
        local.get $7
        i32.add
        local.get $7
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $3
        local.get $4
        i32.add
        local.tee $7
        v128.load
        f32x4.le
        local.get $1
        local.get $4
        i32.add
        local.tee $4
        v128.load offset=16
        local.get $7
        v128.load offset=16
        f32x4.le
        i16x8.narrow_i32x4_s
        local.get $4
        v128.load offset=32
        local.get $7
        v128.load offset=32
        f32x4.le
        local.get $4
        v128.load offset=48
        local.get $7
        v128.load offset=48
        f32x4.le
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $7
        br $for-loop|22
       end
      end
      loop $for-loop|23
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $5
        local.get $7
        i32.add
        local.get $7
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $3
        local.get $4
        i32.add
        v128.load
        f32x4.le
        local.tee $9
        local.get $9
        i16x8.narrow_i32x4_s
        local.tee $9
        local.get $9
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $7
        br $for-loop|23
       end
      end
      local.get $7
     else
      local.get $2
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load32_splat
       drop
       local.get $3
       v128.load32_splat
       local.set $9
       i32.const 0
       local.set $4
       loop $for-loop|24
        local.get $4
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $4
         i32.const 2
         i32.shl
         local.tee $4
         local.get $1
         i32.add
         v128.load
         local.get $9
         f32x4.le
         local.get $1
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         local.get $9
         f32x4.le
         i16x8.narrow_i32x4_s
         local.get $4
         v128.load offset=32
         local.get $9
         f32x4.le
         local.get $4
         v128.load offset=48
         local.get $9
         f32x4.le
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $4
         br $for-loop|24
        end
       end
       loop $for-loop|25
        local.get $4
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $1
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         v128.load
         local.get $9
         f32x4.le
         local.tee $10
         local.get $10
         i16x8.narrow_i32x4_s
         local.tee $10
         local.get $10
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $4
         br $for-loop|25
        end
       end
      else
       local.get $8
       i32.const 1
       i32.eq
       if
        local.get $1
        v128.load32_splat
        local.set $9
        local.get $3
        v128.load32_splat
        drop
        i32.const 0
        local.set $4
        loop $for-loop|26
         local.get $4
         i32.const 16
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $9
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $3
          i32.add
          v128.load
          f32x4.le
          local.get $9
          local.get $3
          local.get $4
          i32.add
          local.tee $4
          v128.load offset=16
          f32x4.le
          i16x8.narrow_i32x4_s
          local.get $9
          local.get $4
          v128.load offset=32
          f32x4.le
          local.get $9
          local.get $4
          v128.load offset=48
          f32x4.le
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $0
          local.set $4
          br $for-loop|26
         end
        end
        loop $for-loop|27
         local.get $4
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $4
          local.get $5
          i32.add
          local.get $9
          local.get $3
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          v128.load
          f32x4.le
          local.tee $10
          local.get $10
          i16x8.narrow_i32x4_s
          local.tee $10
          local.get $10
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store32_lane 0
          local.get $0
          local.set $4
          br $for-loop|27
         end
        end
       else
        i32.const 0
        local.set $4
       end
      end
      local.get $4
     end
     local.set $0
     local.get $2
     i32.const 2
     i32.shl
     local.set $2
     local.get $8
     i32.const 2
     i32.shl
     local.set $4
     loop $for-loop|28
      local.get $0
      local.get $6
      i32.lt_s
      if
       local.get $0
       local.get $5
       i32.add
       local.get $1
       local.get $0
       local.get $2
       i32.mul
       i32.add
       f32.load
       local.get $3
       local.get $0
       local.get $4
       i32.mul
       i32.add
       f32.load
       f32.le
       i32.store8
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|28
      end
     end
     br $break|0
    end
    local.get $4
    local.tee $8
    i32.const 1
    i32.eq
    local.get $2
    i32.const 1
    i32.eq
    i32.and
    if (result i32)
     local.get $1
     v128.load32_splat
     drop
     local.get $3
     v128.load32_splat
     drop
     loop $for-loop|29
      local.get $7
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $5
       local.get $7
       i32.add
       local.get $7
       i32.const 2
       i32.shl
       local.tee $4
       local.get $1
       i32.add
       v128.load
       local.get $3
       local.get $4
       i32.add
       local.tee $7
       v128.load
       f32x4.gt
       local.get $1
       local.get $4
       i32.add
       local.tee $4
       v128.load offset=16
       local.get $7
       v128.load offset=16
       f32x4.gt
       i16x8.narrow_i32x4_s
       local.get $4
       v128.load offset=32
       local.get $7
       v128.load offset=32
       f32x4.gt
       local.get $4
       v128.load offset=48
       local.get $7
       v128.load offset=48
       f32x4.gt
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $7
       br $for-loop|29
      end
     end
     loop $for-loop|30
      local.get $7
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $5
       local.get $7
       i32.add
       local.get $7
       i32.const 2
       i32.shl
       local.tee $4
       local.get $1
       i32.add
       v128.load
       local.get $3
       local.get $4
       i32.add
       v128.load
       f32x4.gt
       local.tee $9
       local.get $9
       i16x8.narrow_i32x4_s
       local.tee $9
       local.get $9
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store32_lane 0
       local.get $0
       local.set $7
       br $for-loop|30
      end
     end
     local.get $7
    else
     local.get $2
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load32_splat
      drop
      local.get $3
      v128.load32_splat
      local.set $9
      i32.const 0
      local.set $4
      loop $for-loop|31
       local.get $4
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $4
        i32.const 2
        i32.shl
        local.tee $4
        local.get $1
        i32.add
        v128.load
        local.get $9
        f32x4.gt
        local.get $1
        local.get $4
        i32.add
        local.tee $4
        v128.load offset=16
        local.get $9
        f32x4.gt
        i16x8.narrow_i32x4_s
        local.get $4
        v128.load offset=32
        local.get $9
        f32x4.gt
        local.get $4
        v128.load offset=48
        local.get $9
        f32x4.gt
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $4
        br $for-loop|31
       end
      end
      loop $for-loop|32
       local.get $4
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $1
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        v128.load
        local.get $9
        f32x4.gt
        local.tee $10
        local.get $10
        i16x8.narrow_i32x4_s
        local.tee $10
        local.get $10
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $4
        br $for-loop|32
       end
      end
     else
      local.get $8
      i32.const 1
      i32.eq
      if
       local.get $1
       v128.load32_splat
       local.set $9
       local.get $3
       v128.load32_splat
       drop
       i32.const 0
       local.set $4
       loop $for-loop|33
        local.get $4
        i32.const 16
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $9
         local.get $4
         i32.const 2
         i32.shl
         local.tee $4
         local.get $3
         i32.add
         v128.load
         f32x4.gt
         local.get $9
         local.get $3
         local.get $4
         i32.add
         local.tee $4
         v128.load offset=16
         f32x4.gt
         i16x8.narrow_i32x4_s
         local.get $9
         local.get $4
         v128.load offset=32
         f32x4.gt
         local.get $9
         local.get $4
         v128.load offset=48
         f32x4.gt
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $0
         local.set $4
         br $for-loop|33
        end
       end
       loop $for-loop|34
        local.get $4
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $4
         local.get $5
         i32.add
         local.get $9
         local.get $3
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         v128.load
         f32x4.gt
         local.tee $10
         local.get $10
         i16x8.narrow_i32x4_s
         local.tee $10
         local.get $10
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store32_lane 0
         local.get $0
         local.set $4
         br $for-loop|34
        end
       end
      else
       i32.const 0
       local.set $4
      end
     end
     local.get $4
    end
    local.set $0
    local.get $2
    i32.const 2
    i32.shl
    local.set $2
    local.get $8
    i32.const 2
    i32.shl
    local.set $4
    loop $for-loop|35
     local.get $0
     local.get $6
     i32.lt_s
     if
      local.get $0
      local.get $5
      i32.add
      local.get $1
      local.get $0
      local.get $2
      i32.mul
      i32.add
      f32.load
      local.get $3
      local.get $0
      local.get $4
      i32.mul
      i32.add
      f32.load
      f32.gt
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|35
     end
    end
    br $break|0
   end
   local.get $4
   local.tee $8
   i32.const 1
   i32.eq
   local.get $2
   i32.const 1
   i32.eq
   i32.and
   if (result i32)
    local.get $1
    v128.load32_splat
    drop
    local.get $3
    v128.load32_splat
    drop
    loop $for-loop|36
     local.get $7
     i32.const 16
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $5
      local.get $7
      i32.add
      local.get $7
      i32.const 2
      i32.shl
      local.tee $4
      local.get $1
      i32.add
      local.tee $7
      v128.load
      local.get $3
      local.get $4
      i32.add
      local.tee $4
      v128.load
      f32x4.ge
      local.get $7
      v128.load offset=16
      local.get $4
      v128.load offset=16
      f32x4.ge
      i16x8.narrow_i32x4_s
      local.get $7
      v128.load offset=32
      local.get $4
      v128.load offset=32
      f32x4.ge
      local.get $7
      v128.load offset=48
      local.get $4
      v128.load offset=48
      f32x4.ge
      i16x8.narrow_i32x4_s
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store
      local.get $0
      local.set $7
      br $for-loop|36
     end
    end
    loop $for-loop|37
     local.get $7
     i32.const 4
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $5
      local.get $7
      i32.add
      local.get $7
      i32.const 2
      i32.shl
      local.tee $4
      local.get $1
      i32.add
      v128.load
      local.get $3
      local.get $4
      i32.add
      v128.load
      f32x4.ge
      local.tee $9
      local.get $9
      i16x8.narrow_i32x4_s
      local.tee $9
      local.get $9
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store32_lane 0
      local.get $0
      local.set $7
      br $for-loop|37
     end
    end
    local.get $7
   else
    local.get $2
    i32.const 1
    i32.eq
    if
     local.get $1
     v128.load32_splat
     drop
     local.get $3
     v128.load32_splat
     local.set $9
     i32.const 0
     local.set $4
     loop $for-loop|38
      local.get $4
      i32.const 16
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $4
       local.get $5
       i32.add
       local.get $4
       i32.const 2
       i32.shl
       local.get $1
       i32.add
       local.tee $4
       v128.load
       local.get $9
       f32x4.ge
       local.get $4
       v128.load offset=16
       local.get $9
       f32x4.ge
       i16x8.narrow_i32x4_s
       local.get $4
       v128.load offset=32
       local.get $9
       f32x4.ge
       local.get $4
       v128.load offset=48
       local.get $9
       f32x4.ge
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $0
       local.set $4
       br $for-loop|38
      end
     end
     loop $for-loop|39
      local.get $4
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $4
       local.get $5
       i32.add
       local.get $1
       local.get $4
       i32.const 2
       i32.shl
       i32.add
       v128.load
       local.get $9
       f32x4.ge
       local.tee $10
       local.get $10
       i16x8.narrow_i32x4_s
       local.tee $10
       local.get $10
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store32_lane 0
       local.get $0
       local.set $4
       br $for-loop|39
      end
     end
    else
     local.get $8
     i32.const 1
     i32.eq
     if
      local.get $1
      v128.load32_splat
      local.set $9
      local.get $3
      v128.load32_splat
      drop
      i32.const 0
      local.set $4
      loop $for-loop|40
       local.get $4
       i32.const 16
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $9
        local.get $4
        i32.const 2
        i32.shl
        local.get $3
        i32.add
        local.tee $4
        v128.load
        f32x4.ge
        local.get $9
        local.get $4
        v128.load offset=16
        f32x4.ge
        i16x8.narrow_i32x4_s
        local.get $9
        local.get $4
        v128.load offset=32
        f32x4.ge
        local.get $9
        local.get $4
        v128.load offset=48
        f32x4.ge
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $0
        local.set $4
        br $for-loop|40
       end
      end
      loop $for-loop|41
       local.get $4
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $4
        local.get $5
        i32.add
        local.get $9
        local.get $3
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        v128.load
        f32x4.ge
        local.tee $10
        local.get $10
        i16x8.narrow_i32x4_s
        local.tee $10
        local.get $10
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store32_lane 0
        local.get $0
        local.set $4
        br $for-loop|41
       end
      end
     else
      i32.const 0
      local.set $4
     end
    end
    local.get $4
   end
   local.set $0
   local.get $2
   i32.const 2
   i32.shl
   local.set $2
   local.get $8
   i32.const 2
   i32.shl
   local.set $4
   loop $for-loop|42
    local.get $0
    local.get $6
    i32.lt_s
    if
     local.get $0
     local.get $5
     i32.add
     local.get $1
     local.get $0
     local.get $2
     i32.mul
     i32.add
     f32.load
     local.get $3
     local.get $0
     local.get $4
     i32.mul
     i32.add
     f32.load
     f32.ge
     i32.store8
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|42
    end
   end
  end
 )
 (func $asm/src/compare/clip_i32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  local.get $0
  local.set $9
  local.get $1
  i32.const 1
  i32.eq
  if
   local.get $5
   i32.const 1
   i32.eq
   local.get $3
   i32.const 1
   i32.eq
   i32.and
   if
    local.get $2
    v128.load32_splat
    drop
    local.get $4
    v128.load32_splat
    drop
    loop $for-loop|0
     local.get $8
     i32.const 4
     i32.add
     local.tee $0
     local.get $7
     i32.le_s
     if
      local.get $8
      i32.const 2
      i32.shl
      local.tee $8
      local.get $6
      i32.add
      local.get $8
      local.get $9
      i32.add
      v128.load
      local.get $4
      local.get $8
      i32.add
      v128.load
      i32x4.min_s
      local.get $2
      local.get $8
      i32.add
      v128.load
      i32x4.max_s
      v128.store
      local.get $0
      local.set $8
      br $for-loop|0
     end
    end
   else
    local.get $3
    i32.const 1
    i32.eq
    if
     local.get $2
     v128.load32_splat
     drop
     local.get $4
     v128.load32_splat
     local.set $10
     loop $for-loop|1
      local.get $8
      i32.const 4
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $8
       local.get $6
       i32.add
       local.get $8
       local.get $9
       i32.add
       v128.load
       local.get $10
       i32x4.min_s
       local.get $2
       local.get $8
       i32.add
       v128.load
       i32x4.max_s
       v128.store
       local.get $0
       local.set $8
       br $for-loop|1
      end
     end
    else
     local.get $5
     i32.const 1
     i32.eq
     if
      local.get $2
      v128.load32_splat
      local.set $10
      local.get $4
      v128.load32_splat
      drop
      loop $for-loop|2
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $8
        local.get $6
        i32.add
        local.get $8
        local.get $9
        i32.add
        v128.load
        local.get $4
        local.get $8
        i32.add
        v128.load
        i32x4.min_s
        local.get $10
        i32x4.max_s
        v128.store
        local.get $0
        local.set $8
        br $for-loop|2
       end
      end
     else
      local.get $2
      v128.load32_splat
      local.set $10
      local.get $4
      v128.load32_splat
      local.set $11
      loop $for-loop|3
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $8
        local.get $6
        i32.add
        local.get $8
        local.get $9
        i32.add
        v128.load
        local.get $11
        i32x4.min_s
        local.get $10
        i32x4.max_s
        v128.store
        local.get $0
        local.set $8
        br $for-loop|3
       end
      end
     end
    end
   end
  end
  loop $for-loop|4
   local.get $7
   local.get $8
   i32.gt_s
   if
    local.get $6
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    local.get $9
    local.get $1
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    local.get $4
    local.get $5
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    i32x4.min_s
    local.get $2
    local.get $3
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    i32x4.max_s
    i32x4.extract_lane 0
    i32.store
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|4
   end
  end
 )
 (func $asm/src/compare/clip_f32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  local.get $0
  local.set $9
  local.get $1
  i32.const 1
  i32.eq
  if
   local.get $5
   i32.const 1
   i32.eq
   local.get $3
   i32.const 1
   i32.eq
   i32.and
   if
    local.get $2
    v128.load32_splat
    drop
    local.get $4
    v128.load32_splat
    drop
    loop $for-loop|0
     local.get $8
     i32.const 4
     i32.add
     local.tee $0
     local.get $7
     i32.le_s
     if
      local.get $8
      i32.const 2
      i32.shl
      local.tee $8
      local.get $6
      i32.add
      local.get $8
      local.get $9
      i32.add
      v128.load
      local.get $4
      local.get $8
      i32.add
      v128.load
      f32x4.min
      local.get $2
      local.get $8
      i32.add
      v128.load
      f32x4.max
      v128.store
      local.get $0
      local.set $8
      br $for-loop|0
     end
    end
   else
    local.get $3
    i32.const 1
    i32.eq
    if
     local.get $2
     v128.load32_splat
     drop
     local.get $4
     v128.load32_splat
     local.set $10
     loop $for-loop|1
      local.get $8
      i32.const 4
      i32.add
      local.tee $0
      local.get $7
      i32.le_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $8
       local.get $6
       i32.add
       local.get $8
       local.get $9
       i32.add
       v128.load
       local.get $10
       f32x4.min
       local.get $2
       local.get $8
       i32.add
       v128.load
       f32x4.max
       v128.store
       local.get $0
       local.set $8
       br $for-loop|1
      end
     end
    else
     local.get $5
     i32.const 1
     i32.eq
     if
      local.get $2
      v128.load32_splat
      local.set $10
      local.get $4
      v128.load32_splat
      drop
      loop $for-loop|2
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $8
        local.get $6
        i32.add
        local.get $8
        local.get $9
        i32.add
        v128.load
        local.get $4
        local.get $8
        i32.add
        v128.load
        f32x4.min
        local.get $10
        f32x4.max
        v128.store
        local.get $0
        local.set $8
        br $for-loop|2
       end
      end
     else
      local.get $2
      v128.load32_splat
      local.set $10
      local.get $4
      v128.load32_splat
      local.set $11
      loop $for-loop|3
       local.get $8
       i32.const 4
       i32.add
       local.tee $0
       local.get $7
       i32.le_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $8
        local.get $6
        i32.add
        local.get $8
        local.get $9
        i32.add
        v128.load
        local.get $11
        f32x4.min
        local.get $10
        f32x4.max
        v128.store
        local.get $0
        local.set $8
        br $for-loop|3
       end
      end
     end
    end
   end
  end
  loop $for-loop|4
   local.get $7
   local.get $8
   i32.gt_s
   if
    local.get $6
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    local.get $9
    local.get $1
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    local.get $4
    local.get $5
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    f32x4.min
    local.get $2
    local.get $3
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    v128.load32_splat
    f32x4.max
    i32x4.extract_lane 0
    i32.store
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|4
   end
  end
 )
 (func $asm/src/unary/unary_f32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 f32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  block $break|0
   block $case6|0
    block $case5|0
     block $case4|0
      block $case3|0
       block $case2|0
        block $case1|0
         block $case0|0
          local.get $0
          br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $break|0
         end
         loop $for-loop|1
          local.get $5
          i32.const 4
          i32.add
          local.tee $0
          local.get $3
          i32.le_s
          if
           local.get $5
           i32.const 2
           i32.shl
           local.tee $5
           local.get $2
           i32.add
           local.get $1
           local.get $5
           i32.add
           v128.load
           f32x4.neg
           v128.store
           local.get $0
           local.set $5
           br $for-loop|1
          end
         end
         local.get $3
         local.get $5
         i32.gt_s
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          i32.const 2
          i32.shl
          local.tee $0
          local.get $1
          i32.add
          local.tee $7
          f32.load
          f32x4.replace_lane 0
          local.set $6
          local.get $3
          local.get $5
          i32.sub
          local.tee $3
          i32.const 1
          i32.gt_s
          if
           local.get $6
           local.get $7
           f32.load offset=4
           f32x4.replace_lane 1
           local.set $6
          end
          local.get $0
          local.get $2
          i32.add
          local.get $3
          i32.const 2
          i32.gt_s
          if (result v128)
           local.get $6
           local.get $0
           local.get $1
           i32.add
           f32.load offset=8
           f32x4.replace_lane 2
          else
           local.get $6
          end
          f32x4.neg
          local.tee $6
          f32x4.extract_lane 0
          f32.store
          local.get $3
          i32.const 1
          i32.gt_s
          if
           local.get $0
           local.get $2
           i32.add
           local.get $6
           f32x4.extract_lane 1
           f32.store offset=4
          end
          local.get $3
          i32.const 2
          i32.gt_s
          if
           local.get $0
           local.get $2
           i32.add
           local.get $6
           f32x4.extract_lane 2
           f32.store offset=8
          end
         end
         br $break|0
        end
        loop $for-loop|2
         local.get $5
         i32.const 4
         i32.add
         local.tee $0
         local.get $3
         i32.le_s
         if
          local.get $5
          i32.const 2
          i32.shl
          local.tee $5
          local.get $2
          i32.add
          local.get $1
          local.get $5
          i32.add
          v128.load
          f32x4.abs
          v128.store
          local.get $0
          local.set $5
          br $for-loop|2
         end
        end
        local.get $3
        local.get $5
        i32.gt_s
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         i32.const 2
         i32.shl
         local.tee $0
         local.get $1
         i32.add
         local.tee $7
         f32.load
         f32x4.replace_lane 0
         local.set $6
         local.get $3
         local.get $5
         i32.sub
         local.tee $3
         i32.const 1
         i32.gt_s
         if
          local.get $6
          local.get $7
          f32.load offset=4
          f32x4.replace_lane 1
          local.set $6
         end
         local.get $0
         local.get $2
         i32.add
         local.get $3
         i32.const 2
         i32.gt_s
         if (result v128)
          local.get $6
          local.get $0
          local.get $1
          i32.add
          f32.load offset=8
          f32x4.replace_lane 2
         else
          local.get $6
         end
         f32x4.abs
         local.tee $6
         f32x4.extract_lane 0
         f32.store
         local.get $3
         i32.const 1
         i32.gt_s
         if
          local.get $0
          local.get $2
          i32.add
          local.get $6
          f32x4.extract_lane 1
          f32.store offset=4
         end
         local.get $3
         i32.const 2
         i32.gt_s
         if
          local.get $0
          local.get $2
          i32.add
          local.get $6
          f32x4.extract_lane 2
          f32.store offset=8
         end
        end
        br $break|0
       end
       loop $for-loop|3
        local.get $5
        i32.const 4
        i32.add
        local.tee $0
        local.get $3
        i32.le_s
        if
         local.get $5
         i32.const 2
         i32.shl
         local.tee $5
         local.get $2
         i32.add
         local.get $1
         local.get $5
         i32.add
         v128.load
         local.tee $6
         local.get $6
         f32x4.mul
         v128.store
         local.get $0
         local.set $5
         br $for-loop|3
        end
       end
       local.get $3
       local.get $5
       i32.gt_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        i32.const 2
        i32.shl
        local.tee $0
        local.get $1
        i32.add
        local.tee $7
        f32.load
        f32x4.replace_lane 0
        local.set $6
        local.get $3
        local.get $5
        i32.sub
        local.tee $3
        i32.const 1
        i32.gt_s
        if
         local.get $6
         local.get $7
         f32.load offset=4
         f32x4.replace_lane 1
         local.set $6
        end
        local.get $3
        i32.const 2
        i32.gt_s
        if
         local.get $6
         local.get $0
         local.get $1
         i32.add
         f32.load offset=8
         f32x4.replace_lane 2
         local.set $6
        end
        local.get $0
        local.get $2
        i32.add
        local.tee $5
        local.get $6
        local.get $6
        f32x4.mul
        local.tee $6
        f32x4.extract_lane 0
        f32.store
        local.get $3
        i32.const 1
        i32.gt_s
        if
         local.get $5
         local.get $6
         f32x4.extract_lane 1
         f32.store offset=4
        end
        local.get $3
        i32.const 2
        i32.gt_s
        if
         local.get $0
         local.get $2
         i32.add
         local.get $6
         f32x4.extract_lane 2
         f32.store offset=8
        end
       end
       br $break|0
      end
      loop $for-loop|4
       local.get $5
       i32.const 4
       i32.add
       local.tee $0
       local.get $3
       i32.le_s
       if
        local.get $5
        i32.const 2
        i32.shl
        local.tee $5
        local.get $2
        i32.add
        local.get $1
        local.get $5
        i32.add
        v128.load
        f32x4.sqrt
        v128.store
        local.get $0
        local.set $5
        br $for-loop|4
       end
      end
      local.get $3
      local.get $5
      i32.gt_s
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.get $5
       i32.const 2
       i32.shl
       local.tee $0
       local.get $1
       i32.add
       local.tee $7
       f32.load
       f32x4.replace_lane 0
       local.set $6
       local.get $3
       local.get $5
       i32.sub
       local.tee $3
       i32.const 1
       i32.gt_s
       if
        local.get $6
        local.get $7
        f32.load offset=4
        f32x4.replace_lane 1
        local.set $6
       end
       local.get $0
       local.get $2
       i32.add
       local.get $3
       i32.const 2
       i32.gt_s
       if (result v128)
        local.get $6
        local.get $0
        local.get $1
        i32.add
        f32.load offset=8
        f32x4.replace_lane 2
       else
        local.get $6
       end
       f32x4.sqrt
       local.tee $6
       f32x4.extract_lane 0
       f32.store
       local.get $3
       i32.const 1
       i32.gt_s
       if
        local.get $0
        local.get $2
        i32.add
        local.get $6
        f32x4.extract_lane 1
        f32.store offset=4
       end
       local.get $3
       i32.const 2
       i32.gt_s
       if
        local.get $0
        local.get $2
        i32.add
        local.get $6
        f32x4.extract_lane 2
        f32.store offset=8
       end
      end
      br $break|0
     end
     loop $for-loop|5
      local.get $5
      i32.const 4
      i32.add
      local.tee $0
      local.get $3
      i32.le_s
      if
       local.get $5
       i32.const 2
       i32.shl
       local.tee $5
       local.get $1
       i32.add
       v128.load
       v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
       f32x4.max
       v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
       f32x4.min
       local.tee $6
       v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
       f32x4.mul
       f32x4.nearest
       local.set $8
       local.get $2
       local.get $5
       i32.add
       v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
       local.get $6
       local.get $8
       v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
       f32x4.mul
       f32x4.sub
       local.get $8
       v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
       f32x4.mul
       f32x4.sub
       local.tee $6
       v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
       f32x4.relaxed_madd
       local.get $6
       v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
       f32x4.relaxed_madd
       local.get $6
       v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
       f32x4.relaxed_madd
       local.get $6
       v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
       f32x4.relaxed_madd
       local.get $6
       v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
       f32x4.relaxed_madd
       local.get $6
       local.get $6
       f32x4.mul
       local.get $6
       f32x4.relaxed_madd
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       f32x4.add
       local.get $8
       i32x4.trunc_sat_f32x4_s
       local.tee $6
       i32.const 1
       i32x4.shr_s
       local.tee $8
       v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       local.get $6
       local.get $8
       i32x4.sub
       v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       v128.store
       local.get $0
       local.set $5
       br $for-loop|5
      end
     end
     local.get $3
     local.get $5
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $5
      i32.const 2
      i32.shl
      local.tee $0
      local.get $1
      i32.add
      local.tee $7
      f32.load
      f32x4.replace_lane 0
      local.set $6
      local.get $3
      local.get $5
      i32.sub
      local.tee $3
      i32.const 1
      i32.gt_s
      if
       local.get $6
       local.get $7
       f32.load offset=4
       f32x4.replace_lane 1
       local.set $6
      end
      local.get $0
      local.get $2
      i32.add
      local.get $3
      i32.const 2
      i32.gt_s
      if (result v128)
       local.get $6
       local.get $0
       local.get $1
       i32.add
       f32.load offset=8
       f32x4.replace_lane 2
      else
       local.get $6
      end
      v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
      f32x4.max
      v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
      f32x4.min
      local.tee $6
      v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
      f32x4.mul
      f32x4.nearest
      local.set $8
      v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
      local.get $6
      local.get $8
      v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
      f32x4.mul
      f32x4.sub
      local.get $8
      v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
      f32x4.mul
      f32x4.sub
      local.tee $6
      v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
      f32x4.relaxed_madd
      local.get $6
      v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
      f32x4.relaxed_madd
      local.get $6
      v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
      f32x4.relaxed_madd
      local.get $6
      v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
      f32x4.relaxed_madd
      local.get $6
      v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
      f32x4.relaxed_madd
      local.get $6
      local.get $6
      f32x4.mul
      local.get $6
      f32x4.relaxed_madd
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      f32x4.add
      local.get $8
      i32x4.trunc_sat_f32x4_s
      local.tee $6
      i32.const 1
      i32x4.shr_s
      local.tee $8
      v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
      i32x4.add
      i32.const 23
      i32x4.shl
      f32x4.mul
      local.get $6
      local.get $8
      i32x4.sub
      v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
      i32x4.add
      i32.const 23
      i32x4.shl
      f32x4.mul
      local.tee $6
      f32x4.extract_lane 0
      f32.store
      local.get $3
      i32.const 1
      i32.gt_s
      if
       local.get $0
       local.get $2
       i32.add
       local.get $6
       f32x4.extract_lane 1
       f32.store offset=4
      end
      local.get $3
      i32.const 2
      i32.gt_s
      if
       local.get $0
       local.get $2
       i32.add
       local.get $6
       f32x4.extract_lane 2
       f32.store offset=8
      end
     end
     br $break|0
    end
    loop $for-loop|6
     local.get $5
     i32.const 4
     i32.add
     local.tee $0
     local.get $3
     i32.le_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $5
      local.get $1
      i32.add
      v128.load
      local.tee $6
      v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
      f32x4.lt
      local.set $8
      local.get $6
      v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
      f32x4.mul
      local.get $6
      local.get $8
      v128.bitselect
      local.tee $9
      i32.const 23
      i32x4.shr_u
      v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
      i32x4.sub
      local.set $10
      local.get $9
      v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
      v128.and
      v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
      v128.or
      local.tee $9
      v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
      f32x4.lt
      local.set $11
      local.get $9
      local.get $9
      local.get $11
      v128.and
      f32x4.add
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      f32x4.sub
      local.tee $9
      local.get $9
      f32x4.mul
      local.set $12
      local.get $2
      local.get $5
      i32.add
      local.get $6
      v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
      v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
      local.get $10
      v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
      i32x4.sub
      local.get $10
      local.get $8
      v128.bitselect
      local.get $11
      i32x4.add
      f32x4.convert_i32x4_s
      local.tee $8
      v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
      local.get $9
      local.get $12
      v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
      local.get $8
      v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
      v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
      local.get $9
      v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
      f32x4.relaxed_madd
      local.get $9
      v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
      f32x4.relaxed_madd
      local.get $9
      f32x4.mul
      local.get $12
      f32x4.mul
      f32x4.relaxed_madd
      f32x4.relaxed_madd
      f32x4.add
      f32x4.relaxed_madd
      local.get $6
      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
      f32x4.eq
      v128.bitselect
      local.get $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.eq
      v128.bitselect
      local.get $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.lt
      v128.bitselect
      local.get $6
      local.get $6
      f32x4.ne
      v128.bitselect
      v128.store
      local.get $0
      local.set $5
      br $for-loop|6
     end
    end
    local.get $3
    local.get $5
    i32.gt_s
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $5
     i32.const 2
     i32.shl
     local.tee $0
     local.get $1
     i32.add
     local.tee $7
     f32.load
     f32x4.replace_lane 0
     local.set $6
     local.get $3
     local.get $5
     i32.sub
     local.tee $3
     i32.const 1
     i32.gt_s
     if
      local.get $6
      local.get $7
      f32.load offset=4
      f32x4.replace_lane 1
      local.set $6
     end
     local.get $3
     i32.const 2
     i32.gt_s
     if
      local.get $6
      local.get $0
      local.get $1
      i32.add
      f32.load offset=8
      f32x4.replace_lane 2
      local.set $6
     end
     local.get $6
     v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
     f32x4.mul
     local.get $6
     local.get $6
     v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
     f32x4.lt
     local.tee $8
     v128.bitselect
     local.tee $9
     i32.const 23
     i32x4.shr_u
     v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
     i32x4.sub
     local.set $10
     local.get $9
     v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
     v128.and
     v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
     v128.or
     local.tee $9
     v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
     f32x4.lt
     local.set $11
     local.get $9
     local.get $9
     local.get $11
     v128.and
     f32x4.add
     v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
     f32x4.sub
     local.tee $9
     local.get $9
     f32x4.mul
     local.set $12
     local.get $0
     local.get $2
     i32.add
     local.tee $1
     local.get $6
     v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
     v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
     v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
     local.get $10
     v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
     i32x4.sub
     local.get $10
     local.get $8
     v128.bitselect
     local.get $11
     i32x4.add
     f32x4.convert_i32x4_s
     local.tee $8
     v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
     local.get $9
     local.get $12
     v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
     local.get $8
     v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
     v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
     local.get $9
     v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
     f32x4.relaxed_madd
     local.get $9
     v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
     f32x4.relaxed_madd
     local.get $9
     f32x4.mul
     local.get $12
     f32x4.mul
     f32x4.relaxed_madd
     f32x4.relaxed_madd
     f32x4.add
     f32x4.relaxed_madd
     local.get $6
     v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
     f32x4.eq
     v128.bitselect
     local.get $6
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.eq
     v128.bitselect
     local.get $6
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.lt
     v128.bitselect
     local.get $6
     local.get $6
     f32x4.ne
     v128.bitselect
     local.tee $6
     f32x4.extract_lane 0
     f32.store
     local.get $3
     i32.const 1
     i32.gt_s
     if
      local.get $1
      local.get $6
      f32x4.extract_lane 1
      f32.store offset=4
     end
     local.get $3
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $2
      i32.add
      local.get $6
      f32x4.extract_lane 2
      f32.store offset=8
     end
    end
    br $break|0
   end
   loop $for-loop|7
    local.get $5
    i32.const 4
    i32.add
    local.tee $0
    local.get $3
    i32.le_s
    if
     local.get $5
     i32.const 2
     i32.shl
     local.tee $5
     local.get $1
     i32.add
     v128.load
     local.set $6
     local.get $2
     local.get $5
     i32.add
     local.get $6
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.max
     v128.store
     local.get $0
     local.set $5
     br $for-loop|7
    end
   end
   local.get $3
   local.get $5
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.get $5
    i32.const 2
    i32.shl
    local.tee $0
    local.get $1
    i32.add
    local.tee $7
    f32.load
    f32x4.replace_lane 0
    local.set $6
    local.get $3
    local.get $5
    i32.sub
    local.tee $3
    i32.const 1
    i32.gt_s
    if
     local.get $6
     local.get $7
     f32.load offset=4
     f32x4.replace_lane 1
     local.set $6
    end
    local.get $0
    local.get $2
    i32.add
    local.get $3
    i32.const 2
    i32.gt_s
    if (result v128)
     local.get $6
     local.get $0
     local.get $1
     i32.add
     f32.load offset=8
     f32x4.replace_lane 2
    else
     local.get $6
    end
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32x4.max
    local.tee $6
    f32x4.extract_lane 0
    f32.store
    local.get $3
    i32.const 1
    i32.gt_s
    if
     local.get $0
     local.get $2
     i32.add
     local.get $6
     f32x4.extract_lane 1
     f32.store offset=4
    end
    local.get $3
    i32.const 2
    i32.gt_s
    if
     local.get $0
     local.get $2
     i32.add
     local.get $6
     f32x4.extract_lane 2
     f32.store offset=8
    end
   end
  end
 )
 (func $asm/src/memory/heap_base (result i32)
  i32.const 1024
 )
 (func $asm/src/memory/fill_8 (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  local.get $2
  memory.fill
 )
 (func $asm/src/memory/fill_32 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  local.get $1
  i32x4.splat
  local.set $5
  loop $for-loop|0
   local.get $3
   i32.const 4
   i32.add
   local.tee $4
   local.get $2
   i32.le_s
   if
    local.get $0
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    local.get $5
    v128.store
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $3
   i32.gt_s
   if
    local.get $0
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    local.get $1
    i32.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
 )
 (func $asm/src/memory/copy_bytes (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $0
  local.get $1
  local.get $2
  memory.copy
 )
 (func $asm/src/compare/where_8_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  local.get $4
  i32.load
  local.tee $12
  i32.const 2
  i32.shl
  local.tee $11
  local.get $4
  i32.const 4
  i32.add
  local.tee $8
  i32.add
  local.set $9
  local.get $9
  local.get $11
  i32.add
  local.tee $13
  local.get $11
  i32.add
  local.tee $14
  local.get $11
  i32.add
  local.set $10
  local.get $11
  i32.const 4
  i32.sub
  local.tee $4
  local.get $8
  i32.add
  i32.load
  local.set $23
  local.get $4
  local.get $9
  i32.add
  i32.load
  local.set $17
  local.get $4
  local.get $13
  i32.add
  i32.load
  local.set $18
  local.get $4
  local.get $14
  i32.add
  i32.load
  local.set $19
  i32.const 1
  local.set $11
  i32.const 0
  local.set $4
  loop $for-loop|0
   local.get $4
   local.get $12
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $11
    local.get $4
    i32.const 2
    i32.shl
    local.tee $20
    local.get $8
    i32.add
    i32.load
    i32.mul
    local.set $11
    local.get $10
    local.get $20
    i32.add
    i32.const 0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $11
   local.get $15
   i32.gt_s
   if
    local.get $0
    local.get $5
    i32.add
    local.get $17
    local.get $1
    local.get $6
    i32.add
    local.get $18
    local.get $2
    local.get $7
    i32.add
    local.get $19
    local.get $3
    local.get $16
    i32.add
    local.get $23
    call $asm/src/compare/where_8_row
    local.get $16
    local.get $23
    i32.add
    local.set $16
    local.get $12
    i32.const 2
    i32.sub
    local.set $4
    loop $for-loop|2
     local.get $4
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $10
       local.get $4
       i32.const 2
       i32.shl
       local.tee $24
       i32.add
       local.tee $26
       i32.load
       i32.const 1
       i32.add
       local.set $25
       local.get $9
       local.get $24
       i32.add
       i32.load
       local.tee $20
       local.get $5
       i32.add
       local.set $5
       local.get $13
       local.get $24
       i32.add
       i32.load
       local.tee $21
       local.get $6
       i32.add
       local.set $6
       local.get $14
       local.get $24
       i32.add
       i32.load
       local.tee $22
       local.get $7
       i32.add
       local.set $7
       local.get $25
       local.get $8
       local.get $24
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $26
        local.get $25
        i32.store
        br $for-break2
       end
       local.get $10
       local.get $24
       i32.add
       i32.const 0
       i32.store
       local.get $5
       local.get $20
       local.get $25
       i32.mul
       i32.sub
       local.set $5
       local.get $6
       local.get $21
       local.get $25
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $22
       local.get $25
       i32.mul
       i32.sub
       local.set $7
       local.get $4
       i32.const 1
       i32.sub
       local.set $4
       br $for-loop|2
      end
     end
    end
    local.get $15
    i32.const 1
    i32.add
    local.set $15
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/where_32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  local.get $4
  i32.load
  local.tee $12
  i32.const 2
  i32.shl
  local.tee $11
  local.get $4
  i32.const 4
  i32.add
  local.tee $8
  i32.add
  local.set $9
  local.get $9
  local.get $11
  i32.add
  local.tee $13
  local.get $11
  i32.add
  local.tee $14
  local.get $11
  i32.add
  local.set $10
  local.get $11
  i32.const 4
  i32.sub
  local.tee $4
  local.get $8
  i32.add
  i32.load
  local.set $15
  local.get $4
  local.get $9
  i32.add
  i32.load
  local.set $18
  local.get $4
  local.get $13
  i32.add
  i32.load
  local.set $19
  local.get $4
  local.get $14
  i32.add
  i32.load
  local.set $20
  i32.const 1
  local.set $11
  i32.const 0
  local.set $4
  loop $for-loop|0
   local.get $4
   local.get $12
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $11
    local.get $4
    i32.const 2
    i32.shl
    local.tee $21
    local.get $8
    i32.add
    i32.load
    i32.mul
    local.set $11
    local.get $10
    local.get $21
    i32.add
    i32.const 0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $15
  i32.const 2
  i32.shl
  local.set $27
  loop $for-loop|1
   local.get $11
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.get $5
    i32.add
    local.get $18
    local.get $1
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $19
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $20
    local.get $3
    local.get $17
    i32.add
    local.get $15
    call $asm/src/compare/where_32_row
    local.get $17
    local.get $27
    i32.add
    local.set $17
    local.get $12
    i32.const 2
    i32.sub
    local.set $4
    loop $for-loop|2
     local.get $4
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $10
       local.get $4
       i32.const 2
       i32.shl
       local.tee $25
       i32.add
       local.tee $21
       i32.load
       i32.const 1
       i32.add
       local.set $26
       local.get $9
       local.get $25
       i32.add
       i32.load
       local.tee $22
       local.get $5
       i32.add
       local.set $5
       local.get $13
       local.get $25
       i32.add
       i32.load
       local.tee $23
       local.get $6
       i32.add
       local.set $6
       local.get $14
       local.get $25
       i32.add
       i32.load
       local.tee $24
       local.get $7
       i32.add
       local.set $7
       local.get $26
       local.get $8
       local.get $25
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $21
        local.get $26
        i32.store
        br $for-break2
       end
       local.get $10
       local.get $25
       i32.add
       i32.const 0
       i32.store
       local.get $5
       local.get $22
       local.get $26
       i32.mul
       i32.sub
       local.set $5
       local.get $6
       local.get $23
       local.get $26
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $24
       local.get $26
       i32.mul
       i32.sub
       local.set $7
       local.get $4
       i32.const 1
       i32.sub
       local.set $4
       br $for-loop|2
      end
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/logical_u8_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  local.get $4
  i32.load
  local.tee $11
  i32.const 2
  i32.shl
  local.tee $10
  local.get $4
  i32.const 4
  i32.add
  local.tee $4
  i32.add
  local.set $8
  local.get $8
  local.get $10
  i32.add
  local.tee $12
  local.get $10
  i32.add
  local.set $9
  local.get $10
  i32.const 4
  i32.sub
  local.tee $10
  local.get $4
  i32.add
  i32.load
  local.set $20
  local.get $8
  local.get $10
  i32.add
  i32.load
  local.set $15
  local.get $10
  local.get $12
  i32.add
  i32.load
  local.set $16
  i32.const 1
  local.set $10
  loop $for-loop|0
   local.get $5
   local.get $11
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $10
    local.get $5
    i32.const 2
    i32.shl
    local.tee $17
    local.get $4
    i32.add
    i32.load
    i32.mul
    local.set $10
    local.get $9
    local.get $17
    i32.add
    i32.const 0
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $10
   local.get $13
   i32.gt_s
   if
    local.get $0
    local.get $1
    local.get $6
    i32.add
    local.get $15
    local.get $2
    local.get $7
    i32.add
    local.get $16
    local.get $3
    local.get $14
    i32.add
    local.get $20
    call $asm/src/compare/logical_u8_row
    local.get $14
    local.get $20
    i32.add
    local.set $14
    local.get $11
    i32.const 2
    i32.sub
    local.set $5
    loop $for-loop|2
     local.get $5
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $9
       local.get $5
       i32.const 2
       i32.shl
       local.tee $21
       i32.add
       local.tee $17
       i32.load
       i32.const 1
       i32.add
       local.set $22
       local.get $8
       local.get $21
       i32.add
       i32.load
       local.tee $18
       local.get $6
       i32.add
       local.set $6
       local.get $12
       local.get $21
       i32.add
       i32.load
       local.tee $19
       local.get $7
       i32.add
       local.set $7
       local.get $22
       local.get $4
       local.get $21
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $17
        local.get $22
        i32.store
        br $for-break2
       end
       local.get $9
       local.get $21
       i32.add
       i32.const 0
       i32.store
       local.get $6
       local.get $18
       local.get $22
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $19
       local.get $22
       i32.mul
       i32.sub
       local.set $7
       local.get $5
       i32.const 1
       i32.sub
       local.set $5
       br $for-loop|2
      end
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/logical_not_u8 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $3
   i32.const 16
   i32.add
   local.tee $4
   local.get $2
   i32.le_s
   if
    local.get $1
    local.get $3
    i32.add
    local.get $0
    local.get $3
    i32.add
    v128.load
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i8x16.eq
    v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
    v128.and
    v128.store
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $3
   i32.gt_s
   if
    local.get $1
    local.get $3
    i32.add
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    i32.eqz
    i32.store8
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/compare_i32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  local.get $4
  i32.load
  local.tee $11
  i32.const 2
  i32.shl
  local.tee $10
  local.get $4
  i32.const 4
  i32.add
  local.tee $4
  i32.add
  local.set $8
  local.get $8
  local.get $10
  i32.add
  local.tee $12
  local.get $10
  i32.add
  local.set $9
  local.get $10
  i32.const 4
  i32.sub
  local.tee $10
  local.get $4
  i32.add
  i32.load
  local.set $20
  local.get $8
  local.get $10
  i32.add
  i32.load
  local.set $15
  local.get $10
  local.get $12
  i32.add
  i32.load
  local.set $16
  i32.const 1
  local.set $10
  loop $for-loop|0
   local.get $5
   local.get $11
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $10
    local.get $5
    i32.const 2
    i32.shl
    local.tee $17
    local.get $4
    i32.add
    i32.load
    i32.mul
    local.set $10
    local.get $9
    local.get $17
    i32.add
    i32.const 0
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $10
   local.get $13
   i32.gt_s
   if
    local.get $0
    local.get $1
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $15
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $16
    local.get $3
    local.get $14
    i32.add
    local.get $20
    call $asm/src/compare/compare_i32_row
    local.get $14
    local.get $20
    i32.add
    local.set $14
    local.get $11
    i32.const 2
    i32.sub
    local.set $5
    loop $for-loop|2
     local.get $5
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $9
       local.get $5
       i32.const 2
       i32.shl
       local.tee $21
       i32.add
       local.tee $17
       i32.load
       i32.const 1
       i32.add
       local.set $22
       local.get $8
       local.get $21
       i32.add
       i32.load
       local.tee $18
       local.get $6
       i32.add
       local.set $6
       local.get $12
       local.get $21
       i32.add
       i32.load
       local.tee $19
       local.get $7
       i32.add
       local.set $7
       local.get $22
       local.get $4
       local.get $21
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $17
        local.get $22
        i32.store
        br $for-break2
       end
       local.get $9
       local.get $21
       i32.add
       i32.const 0
       i32.store
       local.get $6
       local.get $18
       local.get $22
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $19
       local.get $22
       i32.mul
       i32.sub
       local.set $7
       local.get $5
       i32.const 1
       i32.sub
       local.set $5
       br $for-loop|2
      end
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/compare_f32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  local.get $4
  i32.load
  local.tee $11
  i32.const 2
  i32.shl
  local.tee $10
  local.get $4
  i32.const 4
  i32.add
  local.tee $4
  i32.add
  local.set $8
  local.get $8
  local.get $10
  i32.add
  local.tee $12
  local.get $10
  i32.add
  local.set $9
  local.get $10
  i32.const 4
  i32.sub
  local.tee $10
  local.get $4
  i32.add
  i32.load
  local.set $20
  local.get $8
  local.get $10
  i32.add
  i32.load
  local.set $15
  local.get $10
  local.get $12
  i32.add
  i32.load
  local.set $16
  i32.const 1
  local.set $10
  loop $for-loop|0
   local.get $5
   local.get $11
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $10
    local.get $5
    i32.const 2
    i32.shl
    local.tee $17
    local.get $4
    i32.add
    i32.load
    i32.mul
    local.set $10
    local.get $9
    local.get $17
    i32.add
    i32.const 0
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $10
   local.get $13
   i32.gt_s
   if
    local.get $0
    local.get $1
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $15
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $16
    local.get $3
    local.get $14
    i32.add
    local.get $20
    call $asm/src/compare/compare_f32_row
    local.get $14
    local.get $20
    i32.add
    local.set $14
    local.get $11
    i32.const 2
    i32.sub
    local.set $5
    loop $for-loop|2
     local.get $5
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $9
       local.get $5
       i32.const 2
       i32.shl
       local.tee $21
       i32.add
       local.tee $17
       i32.load
       i32.const 1
       i32.add
       local.set $22
       local.get $8
       local.get $21
       i32.add
       i32.load
       local.tee $18
       local.get $6
       i32.add
       local.set $6
       local.get $12
       local.get $21
       i32.add
       i32.load
       local.tee $19
       local.get $7
       i32.add
       local.set $7
       local.get $22
       local.get $4
       local.get $21
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $17
        local.get $22
        i32.store
        br $for-break2
       end
       local.get $9
       local.get $21
       i32.add
       i32.const 0
       i32.store
       local.get $6
       local.get $18
       local.get $22
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $19
       local.get $22
       i32.mul
       i32.sub
       local.set $7
       local.get $5
       i32.const 1
       i32.sub
       local.set $5
       br $for-loop|2
      end
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/clip_i32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  local.get $4
  i32.load
  local.tee $12
  i32.const 2
  i32.shl
  local.tee $11
  local.get $4
  i32.const 4
  i32.add
  local.tee $8
  i32.add
  local.set $9
  local.get $9
  local.get $11
  i32.add
  local.tee $13
  local.get $11
  i32.add
  local.tee $14
  local.get $11
  i32.add
  local.set $10
  local.get $11
  i32.const 4
  i32.sub
  local.tee $4
  local.get $8
  i32.add
  i32.load
  local.set $15
  local.get $4
  local.get $9
  i32.add
  i32.load
  local.set $18
  local.get $4
  local.get $13
  i32.add
  i32.load
  local.set $19
  local.get $4
  local.get $14
  i32.add
  i32.load
  local.set $20
  i32.const 1
  local.set $11
  i32.const 0
  local.set $4
  loop $for-loop|0
   local.get $4
   local.get $12
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $11
    local.get $4
    i32.const 2
    i32.shl
    local.tee $21
    local.get $8
    i32.add
    i32.load
    i32.mul
    local.set $11
    local.get $10
    local.get $21
    i32.add
    i32.const 0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $15
  i32.const 2
  i32.shl
  local.set $27
  loop $for-loop|1
   local.get $11
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $18
    local.get $1
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $19
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $20
    local.get $3
    local.get $17
    i32.add
    local.get $15
    call $asm/src/compare/clip_i32_row
    local.get $17
    local.get $27
    i32.add
    local.set $17
    local.get $12
    i32.const 2
    i32.sub
    local.set $4
    loop $for-loop|2
     local.get $4
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $10
       local.get $4
       i32.const 2
       i32.shl
       local.tee $25
       i32.add
       local.tee $21
       i32.load
       i32.const 1
       i32.add
       local.set $26
       local.get $9
       local.get $25
       i32.add
       i32.load
       local.tee $22
       local.get $5
       i32.add
       local.set $5
       local.get $13
       local.get $25
       i32.add
       i32.load
       local.tee $23
       local.get $6
       i32.add
       local.set $6
       local.get $14
       local.get $25
       i32.add
       i32.load
       local.tee $24
       local.get $7
       i32.add
       local.set $7
       local.get $26
       local.get $8
       local.get $25
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $21
        local.get $26
        i32.store
        br $for-break2
       end
       local.get $10
       local.get $25
       i32.add
       i32.const 0
       i32.store
       local.get $5
       local.get $22
       local.get $26
       i32.mul
       i32.sub
       local.set $5
       local.get $6
       local.get $23
       local.get $26
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $24
       local.get $26
       i32.mul
       i32.sub
       local.set $7
       local.get $4
       i32.const 1
       i32.sub
       local.set $4
       br $for-loop|2
      end
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/clip_f32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  local.get $4
  i32.load
  local.tee $12
  i32.const 2
  i32.shl
  local.tee $11
  local.get $4
  i32.const 4
  i32.add
  local.tee $8
  i32.add
  local.set $9
  local.get $9
  local.get $11
  i32.add
  local.tee $13
  local.get $11
  i32.add
  local.tee $14
  local.get $11
  i32.add
  local.set $10
  local.get $11
  i32.const 4
  i32.sub
  local.tee $4
  local.get $8
  i32.add
  i32.load
  local.set $15
  local.get $4
  local.get $9
  i32.add
  i32.load
  local.set $18
  local.get $4
  local.get $13
  i32.add
  i32.load
  local.set $19
  local.get $4
  local.get $14
  i32.add
  i32.load
  local.set $20
  i32.const 1
  local.set $11
  i32.const 0
  local.set $4
  loop $for-loop|0
   local.get $4
   local.get $12
   i32.const 1
   i32.sub
   i32.lt_s
   if
    local.get $11
    local.get $4
    i32.const 2
    i32.shl
    local.tee $21
    local.get $8
    i32.add
    i32.load
    i32.mul
    local.set $11
    local.get $10
    local.get $21
    i32.add
    i32.const 0
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $15
  i32.const 2
  i32.shl
  local.set $27
  loop $for-loop|1
   local.get $11
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $18
    local.get $1
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $19
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $20
    local.get $3
    local.get $17
    i32.add
    local.get $15
    call $asm/src/compare/clip_f32_row
    local.get $17
    local.get $27
    i32.add
    local.set $17
    local.get $12
    i32.const 2
    i32.sub
    local.set $4
    loop $for-loop|2
     local.get $4
     i32.const 0
     i32.ge_s
     if
      block $for-break2
       local.get $10
       local.get $4
       i32.const 2
       i32.shl
       local.tee $25
       i32.add
       local.tee $21
       i32.load
       i32.const 1
       i32.add
       local.set $26
       local.get $9
       local.get $25
       i32.add
       i32.load
       local.tee $22
       local.get $5
       i32.add
       local.set $5
       local.get $13
       local.get $25
       i32.add
       i32.load
       local.tee $23
       local.get $6
       i32.add
       local.set $6
       local.get $14
       local.get $25
       i32.add
       i32.load
       local.tee $24
       local.get $7
       i32.add
       local.set $7
       local.get $26
       local.get $8
       local.get $25
       i32.add
       i32.load
       i32.lt_s
       if
        local.get $21
        local.get $26
        i32.store
        br $for-break2
       end
       local.get $10
       local.get $25
       i32.add
       i32.const 0
       i32.store
       local.get $5
       local.get $22
       local.get $26
       i32.mul
       i32.sub
       local.set $5
       local.get $6
       local.get $23
       local.get $26
       i32.mul
       i32.sub
       local.set $6
       local.get $7
       local.get $24
       local.get $26
       i32.mul
       i32.sub
       local.set $7
       local.get $4
       i32.const 1
       i32.sub
       local.set $4
       br $for-loop|2
      end
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|1
   end
  end
 )
 (func $asm/src/compare/cast_any (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  local.get $0
  if
   local.get $0
   i32.const 1
   i32.eq
   if
    local.get $1
    if
     i32.const 0
     local.set $0
     loop $for-loop|28
      local.get $0
      i32.const 16
      i32.add
      local.tee $1
      local.get $4
      i32.le_s
      if
       local.get $0
       local.get $3
       i32.add
       local.get $0
       i32.const 2
       i32.shl
       local.get $2
       i32.add
       local.tee $0
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i32x4.ne
       local.get $0
       v128.load offset=16
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i32x4.ne
       i16x8.narrow_i32x4_s
       local.get $0
       v128.load offset=32
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i32x4.ne
       local.get $0
       v128.load offset=48
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i32x4.ne
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $1
       local.set $0
       br $for-loop|28
      end
     end
     loop $for-loop|29
      local.get $0
      local.get $4
      i32.lt_s
      if
       local.get $0
       local.get $3
       i32.add
       local.get $0
       i32.const 2
       i32.shl
       local.get $2
       i32.add
       i32.load
       i32.const 0
       i32.ne
       i32.store8
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|29
      end
     end
    else
     i32.const 0
     local.set $0
     loop $for-loop|18
      local.get $0
      i32.const 4
      i32.add
      local.tee $1
      local.get $4
      i32.le_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $0
       local.get $3
       i32.add
       local.get $0
       local.get $2
       i32.add
       v128.load
       f32x4.convert_i32x4_s
       v128.store
       local.get $1
       local.set $0
       br $for-loop|18
      end
     end
     loop $for-loop|19
      local.get $0
      local.get $4
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $1
       local.get $3
       i32.add
       local.get $1
       local.get $2
       i32.add
       i32.load
       f32.convert_i32_s
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|19
      end
     end
    end
   else
    local.get $1
    if
     i32.const 0
     local.set $0
     loop $for-loop|46
      local.get $0
      i32.const 16
      i32.add
      local.tee $1
      local.get $4
      i32.le_s
      if
       local.get $0
       local.get $2
       i32.add
       v128.load
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       i8x16.min_u
       local.tee $5
       i16x8.extend_low_i8x16_u
       local.tee $6
       i32x4.extend_high_i16x8_u
       local.set $7
       local.get $0
       i32.const 2
       i32.shl
       local.get $3
       i32.add
       local.tee $0
       local.get $6
       i32x4.extend_low_i16x8_u
       v128.store
       local.get $0
       local.get $7
       v128.store offset=16
       local.get $0
       local.get $5
       i16x8.extend_high_i8x16_u
       local.tee $5
       i32x4.extend_low_i16x8_u
       v128.store offset=32
       local.get $0
       local.get $5
       i32x4.extend_high_i16x8_u
       v128.store offset=48
       local.get $1
       local.set $0
       br $for-loop|46
      end
     end
     loop $for-loop|47
      local.get $0
      local.get $4
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.get $3
       i32.add
       local.get $0
       local.get $2
       i32.add
       i32.load8_u
       i32.const 0
       i32.ne
       i32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|47
      end
     end
    else
     i32.const 0
     local.set $0
     loop $for-loop|38
      local.get $0
      i32.const 16
      i32.add
      local.tee $1
      local.get $4
      i32.le_s
      if
       local.get $0
       local.get $2
       i32.add
       v128.load
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       i8x16.min_u
       local.tee $5
       i16x8.extend_low_i8x16_u
       local.tee $6
       i32x4.extend_high_i16x8_u
       local.set $7
       local.get $0
       i32.const 2
       i32.shl
       local.get $3
       i32.add
       local.tee $0
       local.get $6
       i32x4.extend_low_i16x8_u
       f32x4.convert_i32x4_s
       v128.store
       local.get $0
       local.get $7
       f32x4.convert_i32x4_s
       v128.store offset=16
       local.get $0
       local.get $5
       i16x8.extend_high_i8x16_u
       local.tee $5
       i32x4.extend_low_i16x8_u
       f32x4.convert_i32x4_s
       v128.store offset=32
       local.get $0
       local.get $5
       i32x4.extend_high_i16x8_u
       f32x4.convert_i32x4_s
       v128.store offset=48
       local.get $1
       local.set $0
       br $for-loop|38
      end
     end
     loop $for-loop|39
      local.get $0
      local.get $4
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.get $3
       i32.add
       f32.const 1
       f32.const 0
       local.get $0
       local.get $2
       i32.add
       i32.load8_u
       select
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|39
      end
     end
    end
   end
  else
   local.get $1
   i32.const 1
   i32.eq
   if
    i32.const 0
    local.set $0
    loop $for-loop|0
     local.get $0
     i32.const 4
     i32.add
     local.tee $1
     local.get $4
     i32.le_s
     if
      local.get $0
      i32.const 2
      i32.shl
      local.tee $0
      local.get $3
      i32.add
      local.get $0
      local.get $2
      i32.add
      v128.load
      i32x4.trunc_sat_f32x4_s
      v128.store
      local.get $1
      local.set $0
      br $for-loop|0
     end
    end
    loop $for-loop|1
     local.get $0
     local.get $4
     i32.lt_s
     if
      local.get $0
      i32.const 2
      i32.shl
      local.tee $1
      local.get $3
      i32.add
      local.get $1
      local.get $2
      i32.add
      v128.load32_splat
      i32x4.trunc_sat_f32x4_s
      i32x4.extract_lane 0
      i32.store
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|1
     end
    end
   else
    i32.const 0
    local.set $0
    loop $for-loop|12
     local.get $0
     i32.const 16
     i32.add
     local.tee $1
     local.get $4
     i32.le_s
     if
      local.get $0
      local.get $3
      i32.add
      local.get $0
      i32.const 2
      i32.shl
      local.get $2
      i32.add
      local.tee $0
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ne
      local.get $0
      v128.load offset=16
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ne
      i16x8.narrow_i32x4_s
      local.get $0
      v128.load offset=32
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ne
      local.get $0
      v128.load offset=48
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ne
      i16x8.narrow_i32x4_s
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store
      local.get $1
      local.set $0
      br $for-loop|12
     end
    end
    loop $for-loop|13
     local.get $0
     local.get $4
     i32.lt_s
     if
      local.get $0
      local.get $3
      i32.add
      local.get $0
      i32.const 2
      i32.shl
      local.get $2
      i32.add
      f32.load
      f32.const 0
      f32.ne
      i32.store8
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|13
     end
    end
   end
  end
 )
 (func $asm/src/binary/binary_i32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 v128)
  block $break|0
   block $case9|0
    block $case8|0
     block $case7|0
      block $case6|0
       block $case5|0
        block $case4|0
         block $case3|0
          block $case2|0
           block $case1|0
            block $case0|0
             local.get $0
             br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $break|0
            end
            local.get $2
            i32.const 1
            i32.eq
            local.get $4
            i32.const 1
            i32.eq
            i32.and
            if
             loop $for-loop|1
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $7
               local.get $5
               i32.add
               local.get $1
               local.get $7
               i32.add
               v128.load
               local.get $3
               local.get $7
               i32.add
               v128.load
               i32x4.add
               v128.store
               local.get $0
               local.set $7
               br $for-loop|1
              end
             end
            else
             local.get $4
             i32.eqz
             local.get $2
             i32.const 1
             i32.eq
             i32.and
             if
              local.get $3
              i32.load
              i32x4.splat
              local.set $9
              loop $for-loop|2
               local.get $7
               i32.const 4
               i32.add
               local.tee $0
               local.get $6
               i32.le_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $7
                local.get $5
                i32.add
                local.get $1
                local.get $7
                i32.add
                v128.load
                local.get $9
                i32x4.add
                v128.store
                local.get $0
                local.set $7
                br $for-loop|2
               end
              end
             else
              local.get $2
              i32.eqz
              local.get $4
              i32.const 1
              i32.eq
              i32.and
              if
               local.get $1
               i32.load
               i32x4.splat
               local.set $9
               loop $for-loop|3
                local.get $7
                i32.const 4
                i32.add
                local.tee $0
                local.get $6
                i32.le_s
                if
                 local.get $7
                 i32.const 2
                 i32.shl
                 local.tee $7
                 local.get $5
                 i32.add
                 local.get $9
                 local.get $3
                 local.get $7
                 i32.add
                 v128.load
                 i32x4.add
                 v128.store
                 local.get $0
                 local.set $7
                 br $for-loop|3
                end
               end
              end
             end
            end
            local.get $2
            i32.const 2
            i32.shl
            local.set $0
            local.get $4
            i32.const 2
            i32.shl
            local.set $2
            loop $for-loop|4
             local.get $6
             local.get $7
             i32.gt_s
             if
              local.get $5
              local.get $7
              i32.const 2
              i32.shl
              i32.add
              local.get $3
              local.get $2
              local.get $7
              i32.mul
              i32.add
              i32.load
              local.get $1
              local.get $0
              local.get $7
              i32.mul
              i32.add
              i32.load
              i32.add
              i32.store
              local.get $7
              i32.const 1
              i32.add
              local.set $7
              br $for-loop|4
             end
            end
            br $break|0
           end
           local.get $2
           i32.const 1
           i32.eq
           local.get $4
           i32.const 1
           i32.eq
           i32.and
           if
            loop $for-loop|6
             local.get $7
             i32.const 4
             i32.add
             local.tee $0
             local.get $6
             i32.le_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $7
              local.get $5
              i32.add
              local.get $1
              local.get $7
              i32.add
              v128.load
              local.get $3
              local.get $7
              i32.add
              v128.load
              i32x4.sub
              v128.store
              local.get $0
              local.set $7
              br $for-loop|6
             end
            end
           else
            local.get $4
            i32.eqz
            local.get $2
            i32.const 1
            i32.eq
            i32.and
            if
             local.get $3
             i32.load
             i32x4.splat
             local.set $9
             loop $for-loop|7
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $7
               local.get $5
               i32.add
               local.get $1
               local.get $7
               i32.add
               v128.load
               local.get $9
               i32x4.sub
               v128.store
               local.get $0
               local.set $7
               br $for-loop|7
              end
             end
            else
             local.get $2
             i32.eqz
             local.get $4
             i32.const 1
             i32.eq
             i32.and
             if
              local.get $1
              i32.load
              i32x4.splat
              local.set $9
              loop $for-loop|8
               local.get $7
               i32.const 4
               i32.add
               local.tee $0
               local.get $6
               i32.le_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $7
                local.get $5
                i32.add
                local.get $9
                local.get $3
                local.get $7
                i32.add
                v128.load
                i32x4.sub
                v128.store
                local.get $0
                local.set $7
                br $for-loop|8
               end
              end
             end
            end
           end
           local.get $2
           i32.const 2
           i32.shl
           local.set $0
           local.get $4
           i32.const 2
           i32.shl
           local.set $2
           loop $for-loop|9
            local.get $6
            local.get $7
            i32.gt_s
            if
             local.get $5
             local.get $7
             i32.const 2
             i32.shl
             i32.add
             local.get $1
             local.get $0
             local.get $7
             i32.mul
             i32.add
             i32.load
             local.get $3
             local.get $2
             local.get $7
             i32.mul
             i32.add
             i32.load
             i32.sub
             i32.store
             local.get $7
             i32.const 1
             i32.add
             local.set $7
             br $for-loop|9
            end
           end
           br $break|0
          end
          local.get $2
          i32.const 1
          i32.eq
          local.get $4
          i32.const 1
          i32.eq
          i32.and
          if
           loop $for-loop|11
            local.get $7
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $7
             local.get $5
             i32.add
             local.get $1
             local.get $7
             i32.add
             v128.load
             local.get $3
             local.get $7
             i32.add
             v128.load
             i32x4.mul
             v128.store
             local.get $0
             local.set $7
             br $for-loop|11
            end
           end
          else
           local.get $4
           i32.eqz
           local.get $2
           i32.const 1
           i32.eq
           i32.and
           if
            local.get $3
            i32.load
            i32x4.splat
            local.set $9
            loop $for-loop|12
             local.get $7
             i32.const 4
             i32.add
             local.tee $0
             local.get $6
             i32.le_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $7
              local.get $5
              i32.add
              local.get $1
              local.get $7
              i32.add
              v128.load
              local.get $9
              i32x4.mul
              v128.store
              local.get $0
              local.set $7
              br $for-loop|12
             end
            end
           else
            local.get $2
            i32.eqz
            local.get $4
            i32.const 1
            i32.eq
            i32.and
            if
             local.get $1
             i32.load
             i32x4.splat
             local.set $9
             loop $for-loop|13
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $7
               local.get $5
               i32.add
               local.get $9
               local.get $3
               local.get $7
               i32.add
               v128.load
               i32x4.mul
               v128.store
               local.get $0
               local.set $7
               br $for-loop|13
              end
             end
            end
           end
          end
          local.get $2
          i32.const 2
          i32.shl
          local.set $0
          local.get $4
          i32.const 2
          i32.shl
          local.set $2
          loop $for-loop|14
           local.get $6
           local.get $7
           i32.gt_s
           if
            local.get $5
            local.get $7
            i32.const 2
            i32.shl
            i32.add
            local.get $3
            local.get $2
            local.get $7
            i32.mul
            i32.add
            i32.load
            local.get $1
            local.get $0
            local.get $7
            i32.mul
            i32.add
            i32.load
            i32.mul
            i32.store
            local.get $7
            i32.const 1
            i32.add
            local.set $7
            br $for-loop|14
           end
          end
          br $break|0
         end
         local.get $2
         i32.const 2
         i32.shl
         local.set $0
         local.get $4
         i32.const 2
         i32.shl
         local.set $2
         loop $for-loop|19
          local.get $6
          local.get $7
          i32.gt_s
          if
           local.get $1
           local.get $0
           local.get $7
           i32.mul
           i32.add
           i32.load
           local.set $4
           local.get $5
           local.get $7
           i32.const 2
           i32.shl
           i32.add
           block $asm/src/binary/idiv|inlined.26 (result i32)
            i32.const 0
            local.get $3
            local.get $2
            local.get $7
            i32.mul
            i32.add
            i32.load
            local.tee $8
            i32.eqz
            br_if $asm/src/binary/idiv|inlined.26
            drop
            i32.const 0
            local.get $4
            i32.sub
            local.get $8
            i32.const -1
            i32.eq
            br_if $asm/src/binary/idiv|inlined.26
            drop
            local.get $4
            local.get $8
            i32.div_s
            local.tee $10
            i32.const 1
            i32.sub
            local.get $10
            local.get $4
            local.get $8
            i32.rem_s
            if (result i32)
             local.get $4
             i32.const 0
             i32.lt_s
             local.get $8
             i32.const 0
             i32.lt_s
             i32.ne
            else
             i32.const 0
            end
            select
           end
           i32.store
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|19
          end
         end
         br $break|0
        end
        local.get $2
        i32.const 1
        i32.eq
        local.get $4
        i32.const 1
        i32.eq
        i32.and
        if
         loop $for-loop|21
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $7
           local.get $5
           i32.add
           local.get $1
           local.get $7
           i32.add
           v128.load
           local.get $3
           local.get $7
           i32.add
           v128.load
           i32x4.max_s
           v128.store
           local.get $0
           local.set $7
           br $for-loop|21
          end
         end
        else
         local.get $4
         i32.eqz
         local.get $2
         i32.const 1
         i32.eq
         i32.and
         if
          local.get $3
          i32.load
          i32x4.splat
          local.set $9
          loop $for-loop|22
           local.get $7
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $7
            local.get $5
            i32.add
            local.get $1
            local.get $7
            i32.add
            v128.load
            local.get $9
            i32x4.max_s
            v128.store
            local.get $0
            local.set $7
            br $for-loop|22
           end
          end
         else
          local.get $2
          i32.eqz
          local.get $4
          i32.const 1
          i32.eq
          i32.and
          if
           local.get $1
           i32.load
           i32x4.splat
           local.set $9
           loop $for-loop|23
            local.get $7
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $7
             local.get $5
             i32.add
             local.get $9
             local.get $3
             local.get $7
             i32.add
             v128.load
             i32x4.max_s
             v128.store
             local.get $0
             local.set $7
             br $for-loop|23
            end
           end
          end
         end
        end
        local.get $2
        i32.const 2
        i32.shl
        local.set $0
        local.get $4
        i32.const 2
        i32.shl
        local.set $2
        loop $for-loop|24
         local.get $6
         local.get $7
         i32.gt_s
         if
          local.get $5
          local.get $7
          i32.const 2
          i32.shl
          i32.add
          local.get $1
          local.get $0
          local.get $7
          i32.mul
          i32.add
          i32.load
          local.tee $4
          local.get $3
          local.get $2
          local.get $7
          i32.mul
          i32.add
          i32.load
          local.tee $8
          local.get $4
          local.get $8
          i32.gt_s
          select
          i32.store
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|24
         end
        end
        br $break|0
       end
       local.get $2
       i32.const 1
       i32.eq
       local.get $4
       i32.const 1
       i32.eq
       i32.and
       if
        loop $for-loop|26
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $7
          local.get $5
          i32.add
          local.get $1
          local.get $7
          i32.add
          v128.load
          local.get $3
          local.get $7
          i32.add
          v128.load
          i32x4.min_s
          v128.store
          local.get $0
          local.set $7
          br $for-loop|26
         end
        end
       else
        local.get $4
        i32.eqz
        local.get $2
        i32.const 1
        i32.eq
        i32.and
        if
         local.get $3
         i32.load
         i32x4.splat
         local.set $9
         loop $for-loop|27
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $7
           local.get $5
           i32.add
           local.get $1
           local.get $7
           i32.add
           v128.load
           local.get $9
           i32x4.min_s
           v128.store
           local.get $0
           local.set $7
           br $for-loop|27
          end
         end
        else
         local.get $2
         i32.eqz
         local.get $4
         i32.const 1
         i32.eq
         i32.and
         if
          local.get $1
          i32.load
          i32x4.splat
          local.set $9
          loop $for-loop|28
           local.get $7
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $7
            local.get $5
            i32.add
            local.get $9
            local.get $3
            local.get $7
            i32.add
            v128.load
            i32x4.min_s
            v128.store
            local.get $0
            local.set $7
            br $for-loop|28
           end
          end
         end
        end
       end
       local.get $2
       i32.const 2
       i32.shl
       local.set $0
       local.get $4
       i32.const 2
       i32.shl
       local.set $2
       loop $for-loop|29
        local.get $6
        local.get $7
        i32.gt_s
        if
         local.get $5
         local.get $7
         i32.const 2
         i32.shl
         i32.add
         local.get $1
         local.get $0
         local.get $7
         i32.mul
         i32.add
         i32.load
         local.tee $4
         local.get $3
         local.get $2
         local.get $7
         i32.mul
         i32.add
         i32.load
         local.tee $8
         local.get $4
         local.get $8
         i32.lt_s
         select
         i32.store
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|29
        end
       end
       br $break|0
      end
      local.get $1
      local.set $8
      local.get $2
      i32.const 2
      i32.shl
      local.set $10
      local.get $4
      i32.const 2
      i32.shl
      local.set $4
      loop $for-loop|34
       local.get $6
       local.get $7
       i32.gt_s
       if
        local.get $8
        local.get $7
        local.get $10
        i32.mul
        i32.add
        i32.load
        local.set $1
        local.get $3
        local.get $4
        local.get $7
        i32.mul
        i32.add
        i32.load
        local.tee $0
        i32.const 0
        i32.lt_s
        if
         local.get $1
         i32.const 1
         i32.eq
         if (result i32)
          i32.const 1
         else
          local.get $1
          i32.const -1
          i32.eq
          if (result i32)
           i32.const -1
           i32.const 1
           local.get $0
           i32.const 1
           i32.and
           select
          else
           i32.const 0
          end
         end
         local.set $2
        else
         i32.const 1
         local.set $2
         loop $while-continue|35
          local.get $0
          i32.const 0
          i32.gt_s
          if
           local.get $1
           local.get $2
           i32.mul
           local.get $2
           local.get $0
           i32.const 1
           i32.and
           select
           local.set $2
           local.get $1
           local.get $1
           i32.mul
           local.set $1
           local.get $0
           i32.const 1
           i32.shr_s
           local.set $0
           br $while-continue|35
          end
         end
        end
        local.get $5
        local.get $7
        i32.const 2
        i32.shl
        i32.add
        local.get $2
        i32.store
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|34
       end
      end
      br $break|0
     end
     local.get $2
     i32.const 1
     i32.eq
     local.get $4
     i32.const 1
     i32.eq
     i32.and
     if
      loop $for-loop|36
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $7
        local.get $1
        i32.add
        v128.load
        local.set $9
        local.get $5
        local.get $7
        i32.add
        local.get $9
        local.get $3
        local.get $7
        i32.add
        v128.load
        i32x4.sub
        local.tee $9
        local.get $9
        i32x4.mul
        v128.store
        local.get $0
        local.set $7
        br $for-loop|36
       end
      end
     else
      local.get $4
      i32.eqz
      local.get $2
      i32.const 1
      i32.eq
      i32.and
      if
       local.get $3
       i32.load
       i32x4.splat
       local.set $9
       loop $for-loop|37
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $7
         local.get $1
         i32.add
         v128.load
         local.get $9
         i32x4.sub
         local.set $11
         local.get $5
         local.get $7
         i32.add
         local.get $11
         local.get $11
         i32x4.mul
         v128.store
         local.get $0
         local.set $7
         br $for-loop|37
        end
       end
      else
       local.get $2
       i32.eqz
       local.get $4
       i32.const 1
       i32.eq
       i32.and
       if
        local.get $1
        i32.load
        i32x4.splat
        local.set $9
        loop $for-loop|38
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $9
          local.get $7
          i32.const 2
          i32.shl
          local.tee $7
          local.get $3
          i32.add
          v128.load
          i32x4.sub
          local.set $11
          local.get $5
          local.get $7
          i32.add
          local.get $11
          local.get $11
          i32x4.mul
          v128.store
          local.get $0
          local.set $7
          br $for-loop|38
         end
        end
       end
      end
     end
     local.get $2
     i32.const 2
     i32.shl
     local.set $0
     local.get $4
     i32.const 2
     i32.shl
     local.set $2
     loop $for-loop|39
      local.get $6
      local.get $7
      i32.gt_s
      if
       local.get $5
       local.get $7
       i32.const 2
       i32.shl
       i32.add
       local.get $1
       local.get $0
       local.get $7
       i32.mul
       i32.add
       i32.load
       local.get $3
       local.get $2
       local.get $7
       i32.mul
       i32.add
       i32.load
       i32.sub
       local.tee $4
       local.get $4
       i32.mul
       i32.store
       local.get $7
       i32.const 1
       i32.add
       local.set $7
       br $for-loop|39
      end
     end
     br $break|0
    end
    local.get $2
    i32.const 2
    i32.shl
    local.set $0
    local.get $4
    i32.const 2
    i32.shl
    local.set $2
    loop $for-loop|44
     local.get $6
     local.get $7
     i32.gt_s
     if
      local.get $1
      local.get $0
      local.get $7
      i32.mul
      i32.add
      i32.load
      local.set $4
      local.get $5
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      block $asm/src/binary/idiv|inlined.37 (result i32)
       i32.const 0
       local.get $3
       local.get $2
       local.get $7
       i32.mul
       i32.add
       i32.load
       local.tee $8
       i32.eqz
       br_if $asm/src/binary/idiv|inlined.37
       drop
       i32.const 0
       local.get $4
       i32.sub
       local.get $8
       i32.const -1
       i32.eq
       br_if $asm/src/binary/idiv|inlined.37
       drop
       local.get $4
       local.get $8
       i32.div_s
       local.tee $10
       i32.const 1
       i32.sub
       local.get $10
       local.get $4
       local.get $8
       i32.rem_s
       if (result i32)
        local.get $4
        i32.const 0
        i32.lt_s
        local.get $8
        i32.const 0
        i32.lt_s
        i32.ne
       else
        i32.const 0
       end
       select
      end
      i32.store
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|44
     end
    end
    br $break|0
   end
   local.get $2
   i32.const 2
   i32.shl
   local.set $0
   local.get $4
   i32.const 2
   i32.shl
   local.set $2
   loop $for-loop|49
    local.get $6
    local.get $7
    i32.gt_s
    if
     local.get $1
     local.get $0
     local.get $7
     i32.mul
     i32.add
     i32.load
     local.set $4
     local.get $5
     local.get $7
     i32.const 2
     i32.shl
     i32.add
     local.get $3
     local.get $2
     local.get $7
     i32.mul
     i32.add
     i32.load
     local.tee $8
     i32.eqz
     local.get $8
     i32.const -1
     i32.eq
     i32.or
     if (result i32)
      i32.const 0
     else
      local.get $4
      local.get $8
      i32.rem_s
      local.tee $4
      local.get $8
      i32.add
      local.get $4
      local.get $4
      if (result i32)
       local.get $4
       i32.const 0
       i32.lt_s
       local.get $8
       i32.const 0
       i32.lt_s
       i32.ne
      else
       i32.const 0
      end
      select
     end
     i32.store
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     br $for-loop|49
    end
   end
  end
 )
 (func $asm/src/binary/binary_i32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  block $break|0
   block $case9|0
    block $case8|0
     block $case7|0
      block $case6|0
       block $case5|0
        block $case4|0
         block $case3|0
          block $case2|0
           block $case1|0
            block $case0|0
             local.get $0
             br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $break|0
            end
            local.get $2
            local.set $5
            local.get $4
            i32.const 4
            i32.add
            local.tee $6
            local.get $4
            i32.load
            local.tee $13
            i32.const 2
            i32.shl
            local.tee $0
            i32.add
            local.tee $14
            local.get $0
            i32.add
            local.tee $15
            local.get $0
            i32.add
            local.set $16
            local.get $13
            i32.const 1
            i32.sub
            i32.const 2
            i32.shl
            local.tee $0
            local.get $6
            i32.add
            i32.load
            local.set $17
            local.get $0
            local.get $14
            i32.add
            i32.load
            local.set $18
            local.get $0
            local.get $15
            i32.add
            i32.load
            local.set $19
            i32.const 1
            local.set $10
            i32.const 0
            local.set $0
            loop $for-loop|1
             local.get $0
             local.get $13
             i32.const 1
             i32.sub
             i32.lt_s
             if
              local.get $10
              local.get $0
              i32.const 2
              i32.shl
              local.tee $2
              local.get $6
              i32.add
              i32.load
              i32.mul
              local.set $10
              local.get $2
              local.get $16
              i32.add
              i32.const 0
              i32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|1
             end
            end
            local.get $17
            i32.const 2
            i32.shl
            local.set $20
            loop $for-loop|2
             local.get $10
             local.get $11
             i32.gt_s
             if
              local.get $1
              local.get $8
              i32.const 2
              i32.shl
              i32.add
              local.set $4
              local.get $5
              local.get $9
              i32.const 2
              i32.shl
              i32.add
              local.set $21
              local.get $3
              local.get $12
              i32.add
              local.set $22
              i32.const 0
              local.set $2
              local.get $18
              i32.const 1
              i32.eq
              local.get $19
              i32.const 1
              i32.eq
              i32.and
              if
               loop $for-loop|3
                local.get $2
                i32.const 4
                i32.add
                local.tee $0
                local.get $17
                i32.le_s
                if
                 local.get $2
                 i32.const 2
                 i32.shl
                 local.tee $2
                 local.get $22
                 i32.add
                 local.get $2
                 local.get $4
                 i32.add
                 v128.load
                 local.get $2
                 local.get $21
                 i32.add
                 v128.load
                 i32x4.add
                 v128.store
                 local.get $0
                 local.set $2
                 br $for-loop|3
                end
               end
              else
               local.get $19
               i32.eqz
               local.get $18
               i32.const 1
               i32.eq
               i32.and
               if
                local.get $21
                i32.load
                i32x4.splat
                local.set $7
                loop $for-loop|4
                 local.get $2
                 i32.const 4
                 i32.add
                 local.tee $0
                 local.get $17
                 i32.le_s
                 if
                  local.get $2
                  i32.const 2
                  i32.shl
                  local.tee $2
                  local.get $22
                  i32.add
                  local.get $2
                  local.get $4
                  i32.add
                  v128.load
                  local.get $7
                  i32x4.add
                  v128.store
                  local.get $0
                  local.set $2
                  br $for-loop|4
                 end
                end
               else
                local.get $18
                i32.eqz
                local.get $19
                i32.const 1
                i32.eq
                i32.and
                if
                 local.get $4
                 i32.load
                 i32x4.splat
                 local.set $7
                 loop $for-loop|5
                  local.get $2
                  i32.const 4
                  i32.add
                  local.tee $0
                  local.get $17
                  i32.le_s
                  if
                   local.get $2
                   i32.const 2
                   i32.shl
                   local.tee $2
                   local.get $22
                   i32.add
                   local.get $7
                   local.get $2
                   local.get $21
                   i32.add
                   v128.load
                   i32x4.add
                   v128.store
                   local.get $0
                   local.set $2
                   br $for-loop|5
                  end
                 end
                end
               end
              end
              local.get $18
              i32.const 2
              i32.shl
              local.set $0
              local.get $19
              i32.const 2
              i32.shl
              local.set $23
              loop $for-loop|6
               local.get $2
               local.get $17
               i32.lt_s
               if
                local.get $22
                local.get $2
                i32.const 2
                i32.shl
                i32.add
                local.get $4
                local.get $0
                local.get $2
                i32.mul
                i32.add
                i32.load
                local.get $21
                local.get $2
                local.get $23
                i32.mul
                i32.add
                i32.load
                i32.add
                i32.store
                local.get $2
                i32.const 1
                i32.add
                local.set $2
                br $for-loop|6
               end
              end
              local.get $12
              local.get $20
              i32.add
              local.set $12
              local.get $13
              i32.const 2
              i32.sub
              local.set $4
              loop $for-loop|8
               local.get $4
               i32.const 0
               i32.ge_s
               if
                block $for-break8
                 local.get $16
                 local.get $4
                 i32.const 2
                 i32.shl
                 local.tee $0
                 i32.add
                 local.tee $2
                 i32.load
                 i32.const 1
                 i32.add
                 local.set $21
                 local.get $0
                 local.get $14
                 i32.add
                 i32.load
                 local.tee $22
                 local.get $8
                 i32.add
                 local.set $8
                 local.get $0
                 local.get $15
                 i32.add
                 i32.load
                 local.tee $23
                 local.get $9
                 i32.add
                 local.set $9
                 local.get $21
                 local.get $0
                 local.get $6
                 i32.add
                 i32.load
                 i32.lt_s
                 if
                  local.get $2
                  local.get $21
                  i32.store
                  br $for-break8
                 end
                 local.get $0
                 local.get $16
                 i32.add
                 i32.const 0
                 i32.store
                 local.get $8
                 local.get $21
                 local.get $22
                 i32.mul
                 i32.sub
                 local.set $8
                 local.get $9
                 local.get $21
                 local.get $23
                 i32.mul
                 i32.sub
                 local.set $9
                 local.get $4
                 i32.const 1
                 i32.sub
                 local.set $4
                 br $for-loop|8
                end
               end
              end
              local.get $11
              i32.const 1
              i32.add
              local.set $11
              br $for-loop|2
             end
            end
            br $break|0
           end
           local.get $2
           local.set $5
           local.get $4
           i32.const 4
           i32.add
           local.tee $6
           local.get $4
           i32.load
           local.tee $13
           i32.const 2
           i32.shl
           local.tee $0
           i32.add
           local.tee $14
           local.get $0
           i32.add
           local.tee $15
           local.get $0
           i32.add
           local.set $16
           local.get $13
           i32.const 1
           i32.sub
           i32.const 2
           i32.shl
           local.tee $0
           local.get $6
           i32.add
           i32.load
           local.set $17
           local.get $0
           local.get $14
           i32.add
           i32.load
           local.set $18
           local.get $0
           local.get $15
           i32.add
           i32.load
           local.set $19
           i32.const 1
           local.set $10
           i32.const 0
           local.set $0
           loop $for-loop|9
            local.get $0
            local.get $13
            i32.const 1
            i32.sub
            i32.lt_s
            if
             local.get $10
             local.get $0
             i32.const 2
             i32.shl
             local.tee $2
             local.get $6
             i32.add
             i32.load
             i32.mul
             local.set $10
             local.get $2
             local.get $16
             i32.add
             i32.const 0
             i32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|9
            end
           end
           local.get $17
           i32.const 2
           i32.shl
           local.set $20
           loop $for-loop|10
            local.get $10
            local.get $11
            i32.gt_s
            if
             local.get $1
             local.get $8
             i32.const 2
             i32.shl
             i32.add
             local.set $4
             local.get $5
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             local.set $21
             local.get $3
             local.get $12
             i32.add
             local.set $22
             i32.const 0
             local.set $2
             local.get $18
             i32.const 1
             i32.eq
             local.get $19
             i32.const 1
             i32.eq
             i32.and
             if
              loop $for-loop|11
               local.get $2
               i32.const 4
               i32.add
               local.tee $0
               local.get $17
               i32.le_s
               if
                local.get $2
                i32.const 2
                i32.shl
                local.tee $2
                local.get $22
                i32.add
                local.get $2
                local.get $4
                i32.add
                v128.load
                local.get $2
                local.get $21
                i32.add
                v128.load
                i32x4.sub
                v128.store
                local.get $0
                local.set $2
                br $for-loop|11
               end
              end
             else
              local.get $19
              i32.eqz
              local.get $18
              i32.const 1
              i32.eq
              i32.and
              if
               local.get $21
               i32.load
               i32x4.splat
               local.set $7
               loop $for-loop|12
                local.get $2
                i32.const 4
                i32.add
                local.tee $0
                local.get $17
                i32.le_s
                if
                 local.get $2
                 i32.const 2
                 i32.shl
                 local.tee $2
                 local.get $22
                 i32.add
                 local.get $2
                 local.get $4
                 i32.add
                 v128.load
                 local.get $7
                 i32x4.sub
                 v128.store
                 local.get $0
                 local.set $2
                 br $for-loop|12
                end
               end
              else
               local.get $18
               i32.eqz
               local.get $19
               i32.const 1
               i32.eq
               i32.and
               if
                local.get $4
                i32.load
                i32x4.splat
                local.set $7
                loop $for-loop|13
                 local.get $2
                 i32.const 4
                 i32.add
                 local.tee $0
                 local.get $17
                 i32.le_s
                 if
                  local.get $2
                  i32.const 2
                  i32.shl
                  local.tee $2
                  local.get $22
                  i32.add
                  local.get $7
                  local.get $2
                  local.get $21
                  i32.add
                  v128.load
                  i32x4.sub
                  v128.store
                  local.get $0
                  local.set $2
                  br $for-loop|13
                 end
                end
               end
              end
             end
             local.get $18
             i32.const 2
             i32.shl
             local.set $0
             local.get $19
             i32.const 2
             i32.shl
             local.set $23
             loop $for-loop|14
              local.get $2
              local.get $17
              i32.lt_s
              if
               local.get $22
               local.get $2
               i32.const 2
               i32.shl
               i32.add
               local.get $4
               local.get $0
               local.get $2
               i32.mul
               i32.add
               i32.load
               local.get $21
               local.get $2
               local.get $23
               i32.mul
               i32.add
               i32.load
               i32.sub
               i32.store
               local.get $2
               i32.const 1
               i32.add
               local.set $2
               br $for-loop|14
              end
             end
             local.get $12
             local.get $20
             i32.add
             local.set $12
             local.get $13
             i32.const 2
             i32.sub
             local.set $4
             loop $for-loop|16
              local.get $4
              i32.const 0
              i32.ge_s
              if
               block $for-break16
                local.get $16
                local.get $4
                i32.const 2
                i32.shl
                local.tee $0
                i32.add
                local.tee $2
                i32.load
                i32.const 1
                i32.add
                local.set $21
                local.get $0
                local.get $14
                i32.add
                i32.load
                local.tee $22
                local.get $8
                i32.add
                local.set $8
                local.get $0
                local.get $15
                i32.add
                i32.load
                local.tee $23
                local.get $9
                i32.add
                local.set $9
                local.get $21
                local.get $0
                local.get $6
                i32.add
                i32.load
                i32.lt_s
                if
                 local.get $2
                 local.get $21
                 i32.store
                 br $for-break16
                end
                local.get $0
                local.get $16
                i32.add
                i32.const 0
                i32.store
                local.get $8
                local.get $21
                local.get $22
                i32.mul
                i32.sub
                local.set $8
                local.get $9
                local.get $21
                local.get $23
                i32.mul
                i32.sub
                local.set $9
                local.get $4
                i32.const 1
                i32.sub
                local.set $4
                br $for-loop|16
               end
              end
             end
             local.get $11
             i32.const 1
             i32.add
             local.set $11
             br $for-loop|10
            end
           end
           br $break|0
          end
          local.get $2
          local.set $5
          local.get $4
          i32.const 4
          i32.add
          local.tee $6
          local.get $4
          i32.load
          local.tee $13
          i32.const 2
          i32.shl
          local.tee $0
          i32.add
          local.tee $14
          local.get $0
          i32.add
          local.tee $15
          local.get $0
          i32.add
          local.set $16
          local.get $13
          i32.const 1
          i32.sub
          i32.const 2
          i32.shl
          local.tee $0
          local.get $6
          i32.add
          i32.load
          local.set $17
          local.get $0
          local.get $14
          i32.add
          i32.load
          local.set $18
          local.get $0
          local.get $15
          i32.add
          i32.load
          local.set $19
          i32.const 1
          local.set $10
          i32.const 0
          local.set $0
          loop $for-loop|17
           local.get $0
           local.get $13
           i32.const 1
           i32.sub
           i32.lt_s
           if
            local.get $10
            local.get $0
            i32.const 2
            i32.shl
            local.tee $2
            local.get $6
            i32.add
            i32.load
            i32.mul
            local.set $10
            local.get $2
            local.get $16
            i32.add
            i32.const 0
            i32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|17
           end
          end
          local.get $17
          i32.const 2
          i32.shl
          local.set $20
          loop $for-loop|18
           local.get $10
           local.get $11
           i32.gt_s
           if
            local.get $1
            local.get $8
            i32.const 2
            i32.shl
            i32.add
            local.set $4
            local.get $5
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            local.set $21
            local.get $3
            local.get $12
            i32.add
            local.set $22
            i32.const 0
            local.set $2
            local.get $18
            i32.const 1
            i32.eq
            local.get $19
            i32.const 1
            i32.eq
            i32.and
            if
             loop $for-loop|19
              local.get $2
              i32.const 4
              i32.add
              local.tee $0
              local.get $17
              i32.le_s
              if
               local.get $2
               i32.const 2
               i32.shl
               local.tee $2
               local.get $22
               i32.add
               local.get $2
               local.get $4
               i32.add
               v128.load
               local.get $2
               local.get $21
               i32.add
               v128.load
               i32x4.mul
               v128.store
               local.get $0
               local.set $2
               br $for-loop|19
              end
             end
            else
             local.get $19
             i32.eqz
             local.get $18
             i32.const 1
             i32.eq
             i32.and
             if
              local.get $21
              i32.load
              i32x4.splat
              local.set $7
              loop $for-loop|20
               local.get $2
               i32.const 4
               i32.add
               local.tee $0
               local.get $17
               i32.le_s
               if
                local.get $2
                i32.const 2
                i32.shl
                local.tee $2
                local.get $22
                i32.add
                local.get $2
                local.get $4
                i32.add
                v128.load
                local.get $7
                i32x4.mul
                v128.store
                local.get $0
                local.set $2
                br $for-loop|20
               end
              end
             else
              local.get $18
              i32.eqz
              local.get $19
              i32.const 1
              i32.eq
              i32.and
              if
               local.get $4
               i32.load
               i32x4.splat
               local.set $7
               loop $for-loop|21
                local.get $2
                i32.const 4
                i32.add
                local.tee $0
                local.get $17
                i32.le_s
                if
                 local.get $2
                 i32.const 2
                 i32.shl
                 local.tee $2
                 local.get $22
                 i32.add
                 local.get $7
                 local.get $2
                 local.get $21
                 i32.add
                 v128.load
                 i32x4.mul
                 v128.store
                 local.get $0
                 local.set $2
                 br $for-loop|21
                end
               end
              end
             end
            end
            local.get $18
            i32.const 2
            i32.shl
            local.set $0
            local.get $19
            i32.const 2
            i32.shl
            local.set $23
            loop $for-loop|22
             local.get $2
             local.get $17
             i32.lt_s
             if
              local.get $22
              local.get $2
              i32.const 2
              i32.shl
              i32.add
              local.get $4
              local.get $0
              local.get $2
              i32.mul
              i32.add
              i32.load
              local.get $21
              local.get $2
              local.get $23
              i32.mul
              i32.add
              i32.load
              i32.mul
              i32.store
              local.get $2
              i32.const 1
              i32.add
              local.set $2
              br $for-loop|22
             end
            end
            local.get $12
            local.get $20
            i32.add
            local.set $12
            local.get $13
            i32.const 2
            i32.sub
            local.set $4
            loop $for-loop|24
             local.get $4
             i32.const 0
             i32.ge_s
             if
              block $for-break24
               local.get $16
               local.get $4
               i32.const 2
               i32.shl
               local.tee $0
               i32.add
               local.tee $2
               i32.load
               i32.const 1
               i32.add
               local.set $21
               local.get $0
               local.get $14
               i32.add
               i32.load
               local.tee $22
               local.get $8
               i32.add
               local.set $8
               local.get $0
               local.get $15
               i32.add
               i32.load
               local.tee $23
               local.get $9
               i32.add
               local.set $9
               local.get $21
               local.get $0
               local.get $6
               i32.add
               i32.load
               i32.lt_s
               if
                local.get $2
                local.get $21
                i32.store
                br $for-break24
               end
               local.get $0
               local.get $16
               i32.add
               i32.const 0
               i32.store
               local.get $8
               local.get $21
               local.get $22
               i32.mul
               i32.sub
               local.set $8
               local.get $9
               local.get $21
               local.get $23
               i32.mul
               i32.sub
               local.set $9
               local.get $4
               i32.const 1
               i32.sub
               local.set $4
               br $for-loop|24
              end
             end
            end
            local.get $11
            i32.const 1
            i32.add
            local.set $11
            br $for-loop|18
           end
          end
          br $break|0
         end
         local.get $2
         local.set $5
         local.get $4
         i32.const 4
         i32.add
         local.tee $6
         local.get $4
         i32.load
         local.tee $13
         i32.const 2
         i32.shl
         local.tee $0
         i32.add
         local.tee $14
         local.get $0
         i32.add
         local.tee $15
         local.get $0
         i32.add
         local.set $16
         local.get $13
         i32.const 1
         i32.sub
         i32.const 2
         i32.shl
         local.tee $0
         local.get $6
         i32.add
         i32.load
         local.set $17
         local.get $0
         local.get $14
         i32.add
         i32.load
         local.set $18
         local.get $0
         local.get $15
         i32.add
         i32.load
         local.set $19
         i32.const 1
         local.set $10
         i32.const 0
         local.set $0
         loop $for-loop|25
          local.get $0
          local.get $13
          i32.const 1
          i32.sub
          i32.lt_s
          if
           local.get $10
           local.get $0
           i32.const 2
           i32.shl
           local.tee $2
           local.get $6
           i32.add
           i32.load
           i32.mul
           local.set $10
           local.get $2
           local.get $16
           i32.add
           i32.const 0
           i32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|25
          end
         end
         local.get $17
         i32.const 2
         i32.shl
         local.set $0
         loop $for-loop|26
          local.get $10
          local.get $11
          i32.gt_s
          if
           local.get $1
           local.get $8
           i32.const 2
           i32.shl
           i32.add
           local.set $4
           local.get $5
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           local.set $20
           local.get $3
           local.get $12
           i32.add
           local.set $21
           i32.const 0
           local.set $2
           local.get $18
           i32.const 2
           i32.shl
           local.set $22
           local.get $19
           i32.const 2
           i32.shl
           local.set $23
           loop $for-loop|30
            local.get $2
            local.get $17
            i32.lt_s
            if
             local.get $4
             local.get $2
             local.get $22
             i32.mul
             i32.add
             i32.load
             local.set $24
             local.get $21
             local.get $2
             i32.const 2
             i32.shl
             i32.add
             block $asm/src/binary/idiv|inlined.6 (result i32)
              i32.const 0
              local.get $20
              local.get $2
              local.get $23
              i32.mul
              i32.add
              i32.load
              local.tee $25
              i32.eqz
              br_if $asm/src/binary/idiv|inlined.6
              drop
              i32.const 0
              local.get $24
              i32.sub
              local.get $25
              i32.const -1
              i32.eq
              br_if $asm/src/binary/idiv|inlined.6
              drop
              local.get $24
              local.get $25
              i32.div_s
              local.tee $26
              i32.const 1
              i32.sub
              local.get $26
              local.get $24
              local.get $25
              i32.rem_s
              if (result i32)
               local.get $24
               i32.const 0
               i32.lt_s
               local.get $25
               i32.const 0
               i32.lt_s
               i32.ne
              else
               i32.const 0
              end
              select
             end
             i32.store
             local.get $2
             i32.const 1
             i32.add
             local.set $2
             br $for-loop|30
            end
           end
           local.get $0
           local.get $12
           i32.add
           local.set $12
           local.get $13
           i32.const 2
           i32.sub
           local.set $4
           loop $for-loop|32
            local.get $4
            i32.const 0
            i32.ge_s
            if
             block $for-break32
              local.get $16
              local.get $4
              i32.const 2
              i32.shl
              local.tee $2
              i32.add
              local.tee $20
              i32.load
              i32.const 1
              i32.add
              local.set $21
              local.get $2
              local.get $14
              i32.add
              i32.load
              local.tee $22
              local.get $8
              i32.add
              local.set $8
              local.get $2
              local.get $15
              i32.add
              i32.load
              local.tee $23
              local.get $9
              i32.add
              local.set $9
              local.get $21
              local.get $2
              local.get $6
              i32.add
              i32.load
              i32.lt_s
              if
               local.get $20
               local.get $21
               i32.store
               br $for-break32
              end
              local.get $2
              local.get $16
              i32.add
              i32.const 0
              i32.store
              local.get $8
              local.get $21
              local.get $22
              i32.mul
              i32.sub
              local.set $8
              local.get $9
              local.get $21
              local.get $23
              i32.mul
              i32.sub
              local.set $9
              local.get $4
              i32.const 1
              i32.sub
              local.set $4
              br $for-loop|32
             end
            end
           end
           local.get $11
           i32.const 1
           i32.add
           local.set $11
           br $for-loop|26
          end
         end
         br $break|0
        end
        local.get $2
        local.set $5
        local.get $4
        i32.const 4
        i32.add
        local.tee $6
        local.get $4
        i32.load
        local.tee $13
        i32.const 2
        i32.shl
        local.tee $0
        i32.add
        local.tee $14
        local.get $0
        i32.add
        local.tee $15
        local.get $0
        i32.add
        local.set $16
        local.get $13
        i32.const 1
        i32.sub
        i32.const 2
        i32.shl
        local.tee $0
        local.get $6
        i32.add
        i32.load
        local.set $17
        local.get $0
        local.get $14
        i32.add
        i32.load
        local.set $18
        local.get $0
        local.get $15
        i32.add
        i32.load
        local.set $19
        i32.const 1
        local.set $10
        i32.const 0
        local.set $0
        loop $for-loop|33
         local.get $0
         local.get $13
         i32.const 1
         i32.sub
         i32.lt_s
         if
          local.get $10
          local.get $0
          i32.const 2
          i32.shl
          local.tee $2
          local.get $6
          i32.add
          i32.load
          i32.mul
          local.set $10
          local.get $2
          local.get $16
          i32.add
          i32.const 0
          i32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|33
         end
        end
        local.get $17
        i32.const 2
        i32.shl
        local.set $20
        loop $for-loop|34
         local.get $10
         local.get $11
         i32.gt_s
         if
          local.get $1
          local.get $8
          i32.const 2
          i32.shl
          i32.add
          local.set $4
          local.get $5
          local.get $9
          i32.const 2
          i32.shl
          i32.add
          local.set $21
          local.get $3
          local.get $12
          i32.add
          local.set $22
          i32.const 0
          local.set $2
          local.get $18
          i32.const 1
          i32.eq
          local.get $19
          i32.const 1
          i32.eq
          i32.and
          if
           loop $for-loop|35
            local.get $2
            i32.const 4
            i32.add
            local.tee $0
            local.get $17
            i32.le_s
            if
             local.get $2
             i32.const 2
             i32.shl
             local.tee $2
             local.get $22
             i32.add
             local.get $2
             local.get $4
             i32.add
             v128.load
             local.get $2
             local.get $21
             i32.add
             v128.load
             i32x4.max_s
             v128.store
             local.get $0
             local.set $2
             br $for-loop|35
            end
           end
          else
           local.get $19
           i32.eqz
           local.get $18
           i32.const 1
           i32.eq
           i32.and
           if
            local.get $21
            i32.load
            i32x4.splat
            local.set $7
            loop $for-loop|36
             local.get $2
             i32.const 4
             i32.add
             local.tee $0
             local.get $17
             i32.le_s
             if
              local.get $2
              i32.const 2
              i32.shl
              local.tee $2
              local.get $22
              i32.add
              local.get $2
              local.get $4
              i32.add
              v128.load
              local.get $7
              i32x4.max_s
              v128.store
              local.get $0
              local.set $2
              br $for-loop|36
             end
            end
           else
            local.get $18
            i32.eqz
            local.get $19
            i32.const 1
            i32.eq
            i32.and
            if
             local.get $4
             i32.load
             i32x4.splat
             local.set $7
             loop $for-loop|37
              local.get $2
              i32.const 4
              i32.add
              local.tee $0
              local.get $17
              i32.le_s
              if
               local.get $2
               i32.const 2
               i32.shl
               local.tee $2
               local.get $22
               i32.add
               local.get $7
               local.get $2
               local.get $21
               i32.add
               v128.load
               i32x4.max_s
               v128.store
               local.get $0
               local.set $2
               br $for-loop|37
              end
             end
            end
           end
          end
          local.get $18
          i32.const 2
          i32.shl
          local.set $0
          local.get $19
          i32.const 2
          i32.shl
          local.set $23
          loop $for-loop|38
           local.get $2
           local.get $17
           i32.lt_s
           if
            local.get $22
            local.get $2
            i32.const 2
            i32.shl
            i32.add
            local.get $4
            local.get $0
            local.get $2
            i32.mul
            i32.add
            i32.load
            local.tee $24
            local.get $21
            local.get $2
            local.get $23
            i32.mul
            i32.add
            i32.load
            local.tee $25
            local.get $24
            local.get $25
            i32.gt_s
            select
            i32.store
            local.get $2
            i32.const 1
            i32.add
            local.set $2
            br $for-loop|38
           end
          end
          local.get $12
          local.get $20
          i32.add
          local.set $12
          local.get $13
          i32.const 2
          i32.sub
          local.set $4
          loop $for-loop|40
           local.get $4
           i32.const 0
           i32.ge_s
           if
            block $for-break40
             local.get $16
             local.get $4
             i32.const 2
             i32.shl
             local.tee $0
             i32.add
             local.tee $2
             i32.load
             i32.const 1
             i32.add
             local.set $21
             local.get $0
             local.get $14
             i32.add
             i32.load
             local.tee $22
             local.get $8
             i32.add
             local.set $8
             local.get $0
             local.get $15
             i32.add
             i32.load
             local.tee $23
             local.get $9
             i32.add
             local.set $9
             local.get $21
             local.get $0
             local.get $6
             i32.add
             i32.load
             i32.lt_s
             if
              local.get $2
              local.get $21
              i32.store
              br $for-break40
             end
             local.get $0
             local.get $16
             i32.add
             i32.const 0
             i32.store
             local.get $8
             local.get $21
             local.get $22
             i32.mul
             i32.sub
             local.set $8
             local.get $9
             local.get $21
             local.get $23
             i32.mul
             i32.sub
             local.set $9
             local.get $4
             i32.const 1
             i32.sub
             local.set $4
             br $for-loop|40
            end
           end
          end
          local.get $11
          i32.const 1
          i32.add
          local.set $11
          br $for-loop|34
         end
        end
        br $break|0
       end
       local.get $2
       local.set $5
       local.get $4
       i32.const 4
       i32.add
       local.tee $6
       local.get $4
       i32.load
       local.tee $13
       i32.const 2
       i32.shl
       local.tee $0
       i32.add
       local.tee $14
       local.get $0
       i32.add
       local.tee $15
       local.get $0
       i32.add
       local.set $16
       local.get $13
       i32.const 1
       i32.sub
       i32.const 2
       i32.shl
       local.tee $0
       local.get $6
       i32.add
       i32.load
       local.set $17
       local.get $0
       local.get $14
       i32.add
       i32.load
       local.set $18
       local.get $0
       local.get $15
       i32.add
       i32.load
       local.set $19
       i32.const 1
       local.set $10
       i32.const 0
       local.set $0
       loop $for-loop|41
        local.get $0
        local.get $13
        i32.const 1
        i32.sub
        i32.lt_s
        if
         local.get $10
         local.get $0
         i32.const 2
         i32.shl
         local.tee $2
         local.get $6
         i32.add
         i32.load
         i32.mul
         local.set $10
         local.get $2
         local.get $16
         i32.add
         i32.const 0
         i32.store
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|41
        end
       end
       local.get $17
       i32.const 2
       i32.shl
       local.set $20
       loop $for-loop|42
        local.get $10
        local.get $11
        i32.gt_s
        if
         local.get $1
         local.get $8
         i32.const 2
         i32.shl
         i32.add
         local.set $4
         local.get $5
         local.get $9
         i32.const 2
         i32.shl
         i32.add
         local.set $21
         local.get $3
         local.get $12
         i32.add
         local.set $22
         i32.const 0
         local.set $2
         local.get $18
         i32.const 1
         i32.eq
         local.get $19
         i32.const 1
         i32.eq
         i32.and
         if
          loop $for-loop|43
           local.get $2
           i32.const 4
           i32.add
           local.tee $0
           local.get $17
           i32.le_s
           if
            local.get $2
            i32.const 2
            i32.shl
            local.tee $2
            local.get $22
            i32.add
            local.get $2
            local.get $4
            i32.add
            v128.load
            local.get $2
            local.get $21
            i32.add
            v128.load
            i32x4.min_s
            v128.store
            local.get $0
            local.set $2
            br $for-loop|43
           end
          end
         else
          local.get $19
          i32.eqz
          local.get $18
          i32.const 1
          i32.eq
          i32.and
          if
           local.get $21
           i32.load
           i32x4.splat
           local.set $7
           loop $for-loop|44
            local.get $2
            i32.const 4
            i32.add
            local.tee $0
            local.get $17
            i32.le_s
            if
             local.get $2
             i32.const 2
             i32.shl
             local.tee $2
             local.get $22
             i32.add
             local.get $2
             local.get $4
             i32.add
             v128.load
             local.get $7
             i32x4.min_s
             v128.store
             local.get $0
             local.set $2
             br $for-loop|44
            end
           end
          else
           local.get $18
           i32.eqz
           local.get $19
           i32.const 1
           i32.eq
           i32.and
           if
            local.get $4
            i32.load
            i32x4.splat
            local.set $7
            loop $for-loop|45
             local.get $2
             i32.const 4
             i32.add
             local.tee $0
             local.get $17
             i32.le_s
             if
              local.get $2
              i32.const 2
              i32.shl
              local.tee $2
              local.get $22
              i32.add
              local.get $7
              local.get $2
              local.get $21
              i32.add
              v128.load
              i32x4.min_s
              v128.store
              local.get $0
              local.set $2
              br $for-loop|45
             end
            end
           end
          end
         end
         local.get $18
         i32.const 2
         i32.shl
         local.set $0
         local.get $19
         i32.const 2
         i32.shl
         local.set $23
         loop $for-loop|46
          local.get $2
          local.get $17
          i32.lt_s
          if
           local.get $22
           local.get $2
           i32.const 2
           i32.shl
           i32.add
           local.get $4
           local.get $0
           local.get $2
           i32.mul
           i32.add
           i32.load
           local.tee $24
           local.get $21
           local.get $2
           local.get $23
           i32.mul
           i32.add
           i32.load
           local.tee $25
           local.get $24
           local.get $25
           i32.lt_s
           select
           i32.store
           local.get $2
           i32.const 1
           i32.add
           local.set $2
           br $for-loop|46
          end
         end
         local.get $12
         local.get $20
         i32.add
         local.set $12
         local.get $13
         i32.const 2
         i32.sub
         local.set $4
         loop $for-loop|48
          local.get $4
          i32.const 0
          i32.ge_s
          if
           block $for-break48
            local.get $16
            local.get $4
            i32.const 2
            i32.shl
            local.tee $0
            i32.add
            local.tee $2
            i32.load
            i32.const 1
            i32.add
            local.set $21
            local.get $0
            local.get $14
            i32.add
            i32.load
            local.tee $22
            local.get $8
            i32.add
            local.set $8
            local.get $0
            local.get $15
            i32.add
            i32.load
            local.tee $23
            local.get $9
            i32.add
            local.set $9
            local.get $21
            local.get $0
            local.get $6
            i32.add
            i32.load
            i32.lt_s
            if
             local.get $2
             local.get $21
             i32.store
             br $for-break48
            end
            local.get $0
            local.get $16
            i32.add
            i32.const 0
            i32.store
            local.get $8
            local.get $21
            local.get $22
            i32.mul
            i32.sub
            local.set $8
            local.get $9
            local.get $21
            local.get $23
            i32.mul
            i32.sub
            local.set $9
            local.get $4
            i32.const 1
            i32.sub
            local.set $4
            br $for-loop|48
           end
          end
         end
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|42
        end
       end
       br $break|0
      end
      local.get $1
      local.set $5
      local.get $2
      local.set $6
      local.get $4
      i32.const 4
      i32.add
      local.tee $13
      local.get $4
      i32.load
      local.tee $14
      i32.const 2
      i32.shl
      local.tee $0
      i32.add
      local.tee $15
      local.get $0
      i32.add
      local.tee $16
      local.get $0
      i32.add
      local.set $17
      local.get $14
      i32.const 1
      i32.sub
      i32.const 2
      i32.shl
      local.tee $0
      local.get $13
      i32.add
      i32.load
      local.set $18
      local.get $0
      local.get $15
      i32.add
      i32.load
      local.set $19
      local.get $0
      local.get $16
      i32.add
      i32.load
      local.set $20
      i32.const 1
      local.set $10
      i32.const 0
      local.set $0
      loop $for-loop|49
       local.get $0
       local.get $14
       i32.const 1
       i32.sub
       i32.lt_s
       if
        local.get $10
        local.get $0
        i32.const 2
        i32.shl
        local.tee $1
        local.get $13
        i32.add
        i32.load
        i32.mul
        local.set $10
        local.get $1
        local.get $17
        i32.add
        i32.const 0
        i32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|49
       end
      end
      local.get $18
      i32.const 2
      i32.shl
      local.set $21
      loop $for-loop|50
       local.get $10
       local.get $11
       i32.gt_s
       if
        local.get $5
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.set $22
        local.get $6
        local.get $9
        i32.const 2
        i32.shl
        i32.add
        local.set $23
        local.get $3
        local.get $12
        i32.add
        local.set $24
        i32.const 0
        local.set $2
        local.get $19
        i32.const 2
        i32.shl
        local.set $25
        local.get $20
        i32.const 2
        i32.shl
        local.set $26
        loop $for-loop|54
         local.get $2
         local.get $18
         i32.lt_s
         if
          local.get $22
          local.get $2
          local.get $25
          i32.mul
          i32.add
          i32.load
          local.set $0
          local.get $24
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.get $23
          local.get $2
          local.get $26
          i32.mul
          i32.add
          i32.load
          local.tee $1
          i32.const 0
          i32.lt_s
          if (result i32)
           local.get $0
           i32.const 1
           i32.eq
           if (result i32)
            i32.const 1
           else
            local.get $0
            i32.const -1
            i32.eq
            if (result i32)
             i32.const -1
             i32.const 1
             local.get $1
             i32.const 1
             i32.and
             select
            else
             i32.const 0
            end
           end
          else
           i32.const 1
           local.set $4
           loop $while-continue|55
            local.get $1
            i32.const 0
            i32.gt_s
            if
             local.get $0
             local.get $4
             i32.mul
             local.get $4
             local.get $1
             i32.const 1
             i32.and
             select
             local.set $4
             local.get $0
             local.get $0
             i32.mul
             local.set $0
             local.get $1
             i32.const 1
             i32.shr_s
             local.set $1
             br $while-continue|55
            end
           end
           local.get $4
          end
          i32.store
          local.get $2
          i32.const 1
          i32.add
          local.set $2
          br $for-loop|54
         end
        end
        local.get $12
        local.get $21
        i32.add
        local.set $12
        local.get $14
        i32.const 2
        i32.sub
        local.set $4
        loop $for-loop|56
         local.get $4
         i32.const 0
         i32.ge_s
         if
          block $for-break56
           local.get $17
           local.get $4
           i32.const 2
           i32.shl
           local.tee $0
           i32.add
           local.tee $1
           i32.load
           i32.const 1
           i32.add
           local.set $2
           local.get $0
           local.get $15
           i32.add
           i32.load
           local.tee $22
           local.get $8
           i32.add
           local.set $8
           local.get $0
           local.get $16
           i32.add
           i32.load
           local.tee $23
           local.get $9
           i32.add
           local.set $9
           local.get $2
           local.get $0
           local.get $13
           i32.add
           i32.load
           i32.lt_s
           if
            local.get $1
            local.get $2
            i32.store
            br $for-break56
           end
           local.get $0
           local.get $17
           i32.add
           i32.const 0
           i32.store
           local.get $8
           local.get $2
           local.get $22
           i32.mul
           i32.sub
           local.set $8
           local.get $9
           local.get $2
           local.get $23
           i32.mul
           i32.sub
           local.set $9
           local.get $4
           i32.const 1
           i32.sub
           local.set $4
           br $for-loop|56
          end
         end
        end
        local.get $11
        i32.const 1
        i32.add
        local.set $11
        br $for-loop|50
       end
      end
      br $break|0
     end
     local.get $2
     local.set $5
     local.get $4
     i32.const 4
     i32.add
     local.tee $6
     local.get $4
     i32.load
     local.tee $13
     i32.const 2
     i32.shl
     local.tee $0
     i32.add
     local.tee $14
     local.get $0
     i32.add
     local.tee $15
     local.get $0
     i32.add
     local.set $16
     local.get $13
     i32.const 1
     i32.sub
     i32.const 2
     i32.shl
     local.tee $0
     local.get $6
     i32.add
     i32.load
     local.set $17
     local.get $0
     local.get $14
     i32.add
     i32.load
     local.set $18
     local.get $0
     local.get $15
     i32.add
     i32.load
     local.set $19
     i32.const 1
     local.set $10
     i32.const 0
     local.set $0
     loop $for-loop|57
      local.get $0
      local.get $13
      i32.const 1
      i32.sub
      i32.lt_s
      if
       local.get $10
       local.get $0
       i32.const 2
       i32.shl
       local.tee $2
       local.get $6
       i32.add
       i32.load
       i32.mul
       local.set $10
       local.get $2
       local.get $16
       i32.add
       i32.const 0
       i32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|57
      end
     end
     local.get $17
     i32.const 2
     i32.shl
     local.set $20
     loop $for-loop|58
      local.get $10
      local.get $11
      i32.gt_s
      if
       local.get $1
       local.get $8
       i32.const 2
       i32.shl
       i32.add
       local.set $4
       local.get $5
       local.get $9
       i32.const 2
       i32.shl
       i32.add
       local.set $21
       local.get $3
       local.get $12
       i32.add
       local.set $22
       i32.const 0
       local.set $2
       local.get $18
       i32.const 1
       i32.eq
       local.get $19
       i32.const 1
       i32.eq
       i32.and
       if
        loop $for-loop|59
         local.get $2
         i32.const 4
         i32.add
         local.tee $0
         local.get $17
         i32.le_s
         if
          local.get $2
          i32.const 2
          i32.shl
          local.tee $2
          local.get $4
          i32.add
          v128.load
          local.set $7
          local.get $2
          local.get $22
          i32.add
          local.get $7
          local.get $2
          local.get $21
          i32.add
          v128.load
          i32x4.sub
          local.tee $7
          local.get $7
          i32x4.mul
          v128.store
          local.get $0
          local.set $2
          br $for-loop|59
         end
        end
       else
        local.get $19
        i32.eqz
        local.get $18
        i32.const 1
        i32.eq
        i32.and
        if
         local.get $21
         i32.load
         i32x4.splat
         local.set $7
         loop $for-loop|60
          local.get $2
          i32.const 4
          i32.add
          local.tee $0
          local.get $17
          i32.le_s
          if
           local.get $2
           i32.const 2
           i32.shl
           local.tee $2
           local.get $4
           i32.add
           v128.load
           local.get $7
           i32x4.sub
           local.set $27
           local.get $2
           local.get $22
           i32.add
           local.get $27
           local.get $27
           i32x4.mul
           v128.store
           local.get $0
           local.set $2
           br $for-loop|60
          end
         end
        else
         local.get $18
         i32.eqz
         local.get $19
         i32.const 1
         i32.eq
         i32.and
         if
          local.get $4
          i32.load
          i32x4.splat
          local.set $7
          loop $for-loop|61
           local.get $2
           i32.const 4
           i32.add
           local.tee $0
           local.get $17
           i32.le_s
           if
            local.get $7
            local.get $2
            i32.const 2
            i32.shl
            local.tee $2
            local.get $21
            i32.add
            v128.load
            i32x4.sub
            local.set $27
            local.get $2
            local.get $22
            i32.add
            local.get $27
            local.get $27
            i32x4.mul
            v128.store
            local.get $0
            local.set $2
            br $for-loop|61
           end
          end
         end
        end
       end
       local.get $18
       i32.const 2
       i32.shl
       local.set $0
       local.get $19
       i32.const 2
       i32.shl
       local.set $23
       loop $for-loop|62
        local.get $2
        local.get $17
        i32.lt_s
        if
         local.get $22
         local.get $2
         i32.const 2
         i32.shl
         i32.add
         local.get $4
         local.get $0
         local.get $2
         i32.mul
         i32.add
         i32.load
         local.get $21
         local.get $2
         local.get $23
         i32.mul
         i32.add
         i32.load
         i32.sub
         local.tee $24
         local.get $24
         i32.mul
         i32.store
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|62
        end
       end
       local.get $12
       local.get $20
       i32.add
       local.set $12
       local.get $13
       i32.const 2
       i32.sub
       local.set $4
       loop $for-loop|64
        local.get $4
        i32.const 0
        i32.ge_s
        if
         block $for-break64
          local.get $16
          local.get $4
          i32.const 2
          i32.shl
          local.tee $0
          i32.add
          local.tee $2
          i32.load
          i32.const 1
          i32.add
          local.set $21
          local.get $0
          local.get $14
          i32.add
          i32.load
          local.tee $22
          local.get $8
          i32.add
          local.set $8
          local.get $0
          local.get $15
          i32.add
          i32.load
          local.tee $23
          local.get $9
          i32.add
          local.set $9
          local.get $21
          local.get $0
          local.get $6
          i32.add
          i32.load
          i32.lt_s
          if
           local.get $2
           local.get $21
           i32.store
           br $for-break64
          end
          local.get $0
          local.get $16
          i32.add
          i32.const 0
          i32.store
          local.get $8
          local.get $21
          local.get $22
          i32.mul
          i32.sub
          local.set $8
          local.get $9
          local.get $21
          local.get $23
          i32.mul
          i32.sub
          local.set $9
          local.get $4
          i32.const 1
          i32.sub
          local.set $4
          br $for-loop|64
         end
        end
       end
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|58
      end
     end
     br $break|0
    end
    local.get $2
    local.set $5
    local.get $4
    i32.const 4
    i32.add
    local.tee $6
    local.get $4
    i32.load
    local.tee $13
    i32.const 2
    i32.shl
    local.tee $0
    i32.add
    local.tee $14
    local.get $0
    i32.add
    local.tee $15
    local.get $0
    i32.add
    local.set $16
    local.get $13
    i32.const 1
    i32.sub
    i32.const 2
    i32.shl
    local.tee $0
    local.get $6
    i32.add
    i32.load
    local.set $17
    local.get $0
    local.get $14
    i32.add
    i32.load
    local.set $18
    local.get $0
    local.get $15
    i32.add
    i32.load
    local.set $19
    i32.const 1
    local.set $10
    i32.const 0
    local.set $0
    loop $for-loop|65
     local.get $0
     local.get $13
     i32.const 1
     i32.sub
     i32.lt_s
     if
      local.get $10
      local.get $0
      i32.const 2
      i32.shl
      local.tee $2
      local.get $6
      i32.add
      i32.load
      i32.mul
      local.set $10
      local.get $2
      local.get $16
      i32.add
      i32.const 0
      i32.store
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|65
     end
    end
    local.get $17
    i32.const 2
    i32.shl
    local.set $0
    loop $for-loop|66
     local.get $10
     local.get $11
     i32.gt_s
     if
      local.get $1
      local.get $8
      i32.const 2
      i32.shl
      i32.add
      local.set $4
      local.get $5
      local.get $9
      i32.const 2
      i32.shl
      i32.add
      local.set $20
      local.get $3
      local.get $12
      i32.add
      local.set $21
      i32.const 0
      local.set $2
      local.get $18
      i32.const 2
      i32.shl
      local.set $22
      local.get $19
      i32.const 2
      i32.shl
      local.set $23
      loop $for-loop|70
       local.get $2
       local.get $17
       i32.lt_s
       if
        local.get $4
        local.get $2
        local.get $22
        i32.mul
        i32.add
        i32.load
        local.set $24
        local.get $21
        local.get $2
        i32.const 2
        i32.shl
        i32.add
        block $asm/src/binary/idiv|inlined.17 (result i32)
         i32.const 0
         local.get $20
         local.get $2
         local.get $23
         i32.mul
         i32.add
         i32.load
         local.tee $25
         i32.eqz
         br_if $asm/src/binary/idiv|inlined.17
         drop
         i32.const 0
         local.get $24
         i32.sub
         local.get $25
         i32.const -1
         i32.eq
         br_if $asm/src/binary/idiv|inlined.17
         drop
         local.get $24
         local.get $25
         i32.div_s
         local.tee $26
         i32.const 1
         i32.sub
         local.get $26
         local.get $24
         local.get $25
         i32.rem_s
         if (result i32)
          local.get $24
          i32.const 0
          i32.lt_s
          local.get $25
          i32.const 0
          i32.lt_s
          i32.ne
         else
          i32.const 0
         end
         select
        end
        i32.store
        local.get $2
        i32.const 1
        i32.add
        local.set $2
        br $for-loop|70
       end
      end
      local.get $0
      local.get $12
      i32.add
      local.set $12
      local.get $13
      i32.const 2
      i32.sub
      local.set $4
      loop $for-loop|72
       local.get $4
       i32.const 0
       i32.ge_s
       if
        block $for-break72
         local.get $16
         local.get $4
         i32.const 2
         i32.shl
         local.tee $2
         i32.add
         local.tee $20
         i32.load
         i32.const 1
         i32.add
         local.set $21
         local.get $2
         local.get $14
         i32.add
         i32.load
         local.tee $22
         local.get $8
         i32.add
         local.set $8
         local.get $2
         local.get $15
         i32.add
         i32.load
         local.tee $23
         local.get $9
         i32.add
         local.set $9
         local.get $21
         local.get $2
         local.get $6
         i32.add
         i32.load
         i32.lt_s
         if
          local.get $20
          local.get $21
          i32.store
          br $for-break72
         end
         local.get $2
         local.get $16
         i32.add
         i32.const 0
         i32.store
         local.get $8
         local.get $21
         local.get $22
         i32.mul
         i32.sub
         local.set $8
         local.get $9
         local.get $21
         local.get $23
         i32.mul
         i32.sub
         local.set $9
         local.get $4
         i32.const 1
         i32.sub
         local.set $4
         br $for-loop|72
        end
       end
      end
      local.get $11
      i32.const 1
      i32.add
      local.set $11
      br $for-loop|66
     end
    end
    br $break|0
   end
   local.get $2
   local.set $5
   local.get $4
   i32.const 4
   i32.add
   local.tee $6
   local.get $4
   i32.load
   local.tee $13
   i32.const 2
   i32.shl
   local.tee $0
   i32.add
   local.tee $14
   local.get $0
   i32.add
   local.tee $15
   local.get $0
   i32.add
   local.set $16
   local.get $13
   i32.const 1
   i32.sub
   i32.const 2
   i32.shl
   local.tee $0
   local.get $6
   i32.add
   i32.load
   local.set $17
   local.get $0
   local.get $14
   i32.add
   i32.load
   local.set $18
   local.get $0
   local.get $15
   i32.add
   i32.load
   local.set $19
   i32.const 1
   local.set $10
   i32.const 0
   local.set $0
   loop $for-loop|73
    local.get $0
    local.get $13
    i32.const 1
    i32.sub
    i32.lt_s
    if
     local.get $10
     local.get $0
     i32.const 2
     i32.shl
     local.tee $2
     local.get $6
     i32.add
     i32.load
     i32.mul
     local.set $10
     local.get $2
     local.get $16
     i32.add
     i32.const 0
     i32.store
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|73
    end
   end
   local.get $17
   i32.const 2
   i32.shl
   local.set $0
   loop $for-loop|74
    local.get $10
    local.get $11
    i32.gt_s
    if
     local.get $1
     local.get $8
     i32.const 2
     i32.shl
     i32.add
     local.set $4
     local.get $5
     local.get $9
     i32.const 2
     i32.shl
     i32.add
     local.set $20
     local.get $3
     local.get $12
     i32.add
     local.set $21
     i32.const 0
     local.set $2
     local.get $18
     i32.const 2
     i32.shl
     local.set $22
     local.get $19
     i32.const 2
     i32.shl
     local.set $23
     loop $for-loop|78
      local.get $2
      local.get $17
      i32.lt_s
      if
       local.get $4
       local.get $2
       local.get $22
       i32.mul
       i32.add
       i32.load
       local.set $24
       local.get $21
       local.get $2
       i32.const 2
       i32.shl
       i32.add
       local.get $20
       local.get $2
       local.get $23
       i32.mul
       i32.add
       i32.load
       local.tee $25
       i32.eqz
       local.get $25
       i32.const -1
       i32.eq
       i32.or
       if (result i32)
        i32.const 0
       else
        local.get $24
        local.get $25
        i32.rem_s
        local.tee $24
        local.get $25
        i32.add
        local.get $24
        local.get $24
        if (result i32)
         local.get $24
         i32.const 0
         i32.lt_s
         local.get $25
         i32.const 0
         i32.lt_s
         i32.ne
        else
         i32.const 0
        end
        select
       end
       i32.store
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|78
      end
     end
     local.get $0
     local.get $12
     i32.add
     local.set $12
     local.get $13
     i32.const 2
     i32.sub
     local.set $4
     loop $for-loop|80
      local.get $4
      i32.const 0
      i32.ge_s
      if
       block $for-break80
        local.get $16
        local.get $4
        i32.const 2
        i32.shl
        local.tee $2
        i32.add
        local.tee $20
        i32.load
        i32.const 1
        i32.add
        local.set $21
        local.get $2
        local.get $14
        i32.add
        i32.load
        local.tee $22
        local.get $8
        i32.add
        local.set $8
        local.get $2
        local.get $15
        i32.add
        i32.load
        local.tee $23
        local.get $9
        i32.add
        local.set $9
        local.get $21
        local.get $2
        local.get $6
        i32.add
        i32.load
        i32.lt_s
        if
         local.get $20
         local.get $21
         i32.store
         br $for-break80
        end
        local.get $2
        local.get $16
        i32.add
        i32.const 0
        i32.store
        local.get $8
        local.get $21
        local.get $22
        i32.mul
        i32.sub
        local.set $8
        local.get $9
        local.get $21
        local.get $23
        i32.mul
        i32.sub
        local.set $9
        local.get $4
        i32.const 1
        i32.sub
        local.set $4
        br $for-loop|80
       end
      end
     end
     local.get $11
     i32.const 1
     i32.add
     local.set $11
     br $for-loop|74
    end
   end
  end
 )
 (func $asm/src/binary/binary_f32_row (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 f32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 f32)
  (local $18 f32)
  block $break|0
   block $case9|0
    block $case8|0
     block $case7|0
      block $case6|0
       block $case5|0
        block $case4|0
         block $case3|0
          block $case2|0
           block $case1|0
            block $case0|0
             local.get $0
             br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $break|0
            end
            local.get $4
            i32.const 1
            i32.eq
            local.get $2
            i32.const 1
            i32.eq
            i32.and
            if
             loop $for-loop|1
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $2
               local.get $5
               i32.add
               local.get $1
               local.get $2
               i32.add
               v128.load
               local.get $2
               local.get $3
               i32.add
               v128.load
               f32x4.add
               v128.store
               local.get $0
               local.set $7
               br $for-loop|1
              end
             end
             loop $for-loop|2
              local.get $6
              local.get $7
              i32.gt_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $0
               local.get $5
               i32.add
               local.get $0
               local.get $1
               i32.add
               f32.load
               local.get $0
               local.get $3
               i32.add
               f32.load
               f32.add
               f32.store
               local.get $7
               i32.const 1
               i32.add
               local.set $7
               br $for-loop|2
              end
             end
            else
             local.get $2
             i32.const 1
             i32.eq
             if
              local.get $3
              f32.load
              local.tee $9
              f32x4.splat
              local.set $8
              loop $for-loop|3
               local.get $7
               i32.const 4
               i32.add
               local.tee $0
               local.get $6
               i32.le_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $2
                local.get $5
                i32.add
                local.get $1
                local.get $2
                i32.add
                v128.load
                local.get $8
                f32x4.add
                v128.store
                local.get $0
                local.set $7
                br $for-loop|3
               end
              end
              loop $for-loop|4
               local.get $6
               local.get $7
               i32.gt_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $0
                local.get $5
                i32.add
                local.get $0
                local.get $1
                i32.add
                f32.load
                local.get $9
                f32.add
                f32.store
                local.get $7
                i32.const 1
                i32.add
                local.set $7
                br $for-loop|4
               end
              end
             else
              local.get $4
              i32.const 1
              i32.eq
              if
               local.get $1
               f32.load
               local.tee $9
               f32x4.splat
               local.set $8
               loop $for-loop|5
                local.get $7
                i32.const 4
                i32.add
                local.tee $0
                local.get $6
                i32.le_s
                if
                 local.get $7
                 i32.const 2
                 i32.shl
                 local.tee $1
                 local.get $5
                 i32.add
                 local.get $8
                 local.get $1
                 local.get $3
                 i32.add
                 v128.load
                 f32x4.add
                 v128.store
                 local.get $0
                 local.set $7
                 br $for-loop|5
                end
               end
               loop $for-loop|6
                local.get $6
                local.get $7
                i32.gt_s
                if
                 local.get $7
                 i32.const 2
                 i32.shl
                 local.tee $0
                 local.get $5
                 i32.add
                 local.get $9
                 local.get $0
                 local.get $3
                 i32.add
                 f32.load
                 f32.add
                 f32.store
                 local.get $7
                 i32.const 1
                 i32.add
                 local.set $7
                 br $for-loop|6
                end
               end
              else
               local.get $1
               f32.load
               local.get $3
               f32.load
               f32.add
               local.set $9
               loop $for-loop|7
                local.get $6
                local.get $7
                i32.gt_s
                if
                 local.get $5
                 local.get $7
                 i32.const 2
                 i32.shl
                 i32.add
                 local.get $9
                 f32.store
                 local.get $7
                 i32.const 1
                 i32.add
                 local.set $7
                 br $for-loop|7
                end
               end
              end
             end
            end
            br $break|0
           end
           local.get $4
           i32.const 1
           i32.eq
           local.get $2
           i32.const 1
           i32.eq
           i32.and
           if
            loop $for-loop|8
             local.get $7
             i32.const 4
             i32.add
             local.tee $0
             local.get $6
             i32.le_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $2
              local.get $5
              i32.add
              local.get $1
              local.get $2
              i32.add
              v128.load
              local.get $2
              local.get $3
              i32.add
              v128.load
              f32x4.sub
              v128.store
              local.get $0
              local.set $7
              br $for-loop|8
             end
            end
            loop $for-loop|9
             local.get $6
             local.get $7
             i32.gt_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $0
              local.get $5
              i32.add
              local.get $0
              local.get $1
              i32.add
              f32.load
              local.get $0
              local.get $3
              i32.add
              f32.load
              f32.sub
              f32.store
              local.get $7
              i32.const 1
              i32.add
              local.set $7
              br $for-loop|9
             end
            end
           else
            local.get $2
            i32.const 1
            i32.eq
            if
             local.get $3
             f32.load
             local.tee $9
             f32x4.splat
             local.set $8
             loop $for-loop|10
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $2
               local.get $5
               i32.add
               local.get $1
               local.get $2
               i32.add
               v128.load
               local.get $8
               f32x4.sub
               v128.store
               local.get $0
               local.set $7
               br $for-loop|10
              end
             end
             loop $for-loop|11
              local.get $6
              local.get $7
              i32.gt_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $0
               local.get $5
               i32.add
               local.get $0
               local.get $1
               i32.add
               f32.load
               local.get $9
               f32.sub
               f32.store
               local.get $7
               i32.const 1
               i32.add
               local.set $7
               br $for-loop|11
              end
             end
            else
             local.get $4
             i32.const 1
             i32.eq
             if
              local.get $1
              f32.load
              local.tee $9
              f32x4.splat
              local.set $8
              loop $for-loop|12
               local.get $7
               i32.const 4
               i32.add
               local.tee $0
               local.get $6
               i32.le_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $1
                local.get $5
                i32.add
                local.get $8
                local.get $1
                local.get $3
                i32.add
                v128.load
                f32x4.sub
                v128.store
                local.get $0
                local.set $7
                br $for-loop|12
               end
              end
              loop $for-loop|13
               local.get $6
               local.get $7
               i32.gt_s
               if
                local.get $7
                i32.const 2
                i32.shl
                local.tee $0
                local.get $5
                i32.add
                local.get $9
                local.get $0
                local.get $3
                i32.add
                f32.load
                f32.sub
                f32.store
                local.get $7
                i32.const 1
                i32.add
                local.set $7
                br $for-loop|13
               end
              end
             else
              local.get $1
              f32.load
              local.get $3
              f32.load
              f32.sub
              local.set $9
              loop $for-loop|14
               local.get $6
               local.get $7
               i32.gt_s
               if
                local.get $5
                local.get $7
                i32.const 2
                i32.shl
                i32.add
                local.get $9
                f32.store
                local.get $7
                i32.const 1
                i32.add
                local.set $7
                br $for-loop|14
               end
              end
             end
            end
           end
           br $break|0
          end
          local.get $4
          i32.const 1
          i32.eq
          local.get $2
          i32.const 1
          i32.eq
          i32.and
          if
           loop $for-loop|15
            local.get $7
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $2
             local.get $5
             i32.add
             local.get $1
             local.get $2
             i32.add
             v128.load
             local.get $2
             local.get $3
             i32.add
             v128.load
             f32x4.mul
             v128.store
             local.get $0
             local.set $7
             br $for-loop|15
            end
           end
           loop $for-loop|16
            local.get $6
            local.get $7
            i32.gt_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $0
             local.get $5
             i32.add
             local.get $0
             local.get $1
             i32.add
             f32.load
             local.get $0
             local.get $3
             i32.add
             f32.load
             f32.mul
             f32.store
             local.get $7
             i32.const 1
             i32.add
             local.set $7
             br $for-loop|16
            end
           end
          else
           local.get $2
           i32.const 1
           i32.eq
           if
            local.get $3
            f32.load
            local.tee $9
            f32x4.splat
            local.set $8
            loop $for-loop|17
             local.get $7
             i32.const 4
             i32.add
             local.tee $0
             local.get $6
             i32.le_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $2
              local.get $5
              i32.add
              local.get $1
              local.get $2
              i32.add
              v128.load
              local.get $8
              f32x4.mul
              v128.store
              local.get $0
              local.set $7
              br $for-loop|17
             end
            end
            loop $for-loop|18
             local.get $6
             local.get $7
             i32.gt_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $0
              local.get $5
              i32.add
              local.get $0
              local.get $1
              i32.add
              f32.load
              local.get $9
              f32.mul
              f32.store
              local.get $7
              i32.const 1
              i32.add
              local.set $7
              br $for-loop|18
             end
            end
           else
            local.get $4
            i32.const 1
            i32.eq
            if
             local.get $1
             f32.load
             local.tee $9
             f32x4.splat
             local.set $8
             loop $for-loop|19
              local.get $7
              i32.const 4
              i32.add
              local.tee $0
              local.get $6
              i32.le_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $1
               local.get $5
               i32.add
               local.get $8
               local.get $1
               local.get $3
               i32.add
               v128.load
               f32x4.mul
               v128.store
               local.get $0
               local.set $7
               br $for-loop|19
              end
             end
             loop $for-loop|20
              local.get $6
              local.get $7
              i32.gt_s
              if
               local.get $7
               i32.const 2
               i32.shl
               local.tee $0
               local.get $5
               i32.add
               local.get $9
               local.get $0
               local.get $3
               i32.add
               f32.load
               f32.mul
               f32.store
               local.get $7
               i32.const 1
               i32.add
               local.set $7
               br $for-loop|20
              end
             end
            else
             local.get $1
             f32.load
             local.get $3
             f32.load
             f32.mul
             local.set $9
             loop $for-loop|21
              local.get $6
              local.get $7
              i32.gt_s
              if
               local.get $5
               local.get $7
               i32.const 2
               i32.shl
               i32.add
               local.get $9
               f32.store
               local.get $7
               i32.const 1
               i32.add
               local.set $7
               br $for-loop|21
              end
             end
            end
           end
          end
          br $break|0
         end
         local.get $4
         i32.const 1
         i32.eq
         local.get $2
         i32.const 1
         i32.eq
         i32.and
         if
          loop $for-loop|22
           local.get $7
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $2
            local.get $5
            i32.add
            local.get $1
            local.get $2
            i32.add
            v128.load
            local.get $2
            local.get $3
            i32.add
            v128.load
            f32x4.div
            v128.store
            local.get $0
            local.set $7
            br $for-loop|22
           end
          end
          loop $for-loop|23
           local.get $6
           local.get $7
           i32.gt_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $0
            local.get $5
            i32.add
            local.get $0
            local.get $1
            i32.add
            f32.load
            local.get $0
            local.get $3
            i32.add
            f32.load
            f32.div
            f32.store
            local.get $7
            i32.const 1
            i32.add
            local.set $7
            br $for-loop|23
           end
          end
         else
          local.get $2
          i32.const 1
          i32.eq
          if
           local.get $3
           f32.load
           local.tee $9
           f32x4.splat
           local.set $8
           loop $for-loop|24
            local.get $7
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $2
             local.get $5
             i32.add
             local.get $1
             local.get $2
             i32.add
             v128.load
             local.get $8
             f32x4.div
             v128.store
             local.get $0
             local.set $7
             br $for-loop|24
            end
           end
           loop $for-loop|25
            local.get $6
            local.get $7
            i32.gt_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $0
             local.get $5
             i32.add
             local.get $0
             local.get $1
             i32.add
             f32.load
             local.get $9
             f32.div
             f32.store
             local.get $7
             i32.const 1
             i32.add
             local.set $7
             br $for-loop|25
            end
           end
          else
           local.get $4
           i32.const 1
           i32.eq
           if
            local.get $1
            f32.load
            local.tee $9
            f32x4.splat
            local.set $8
            loop $for-loop|26
             local.get $7
             i32.const 4
             i32.add
             local.tee $0
             local.get $6
             i32.le_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $1
              local.get $5
              i32.add
              local.get $8
              local.get $1
              local.get $3
              i32.add
              v128.load
              f32x4.div
              v128.store
              local.get $0
              local.set $7
              br $for-loop|26
             end
            end
            loop $for-loop|27
             local.get $6
             local.get $7
             i32.gt_s
             if
              local.get $7
              i32.const 2
              i32.shl
              local.tee $0
              local.get $5
              i32.add
              local.get $9
              local.get $0
              local.get $3
              i32.add
              f32.load
              f32.div
              f32.store
              local.get $7
              i32.const 1
              i32.add
              local.set $7
              br $for-loop|27
             end
            end
           else
            local.get $1
            f32.load
            local.get $3
            f32.load
            f32.div
            local.set $9
            loop $for-loop|28
             local.get $6
             local.get $7
             i32.gt_s
             if
              local.get $5
              local.get $7
              i32.const 2
              i32.shl
              i32.add
              local.get $9
              f32.store
              local.get $7
              i32.const 1
              i32.add
              local.set $7
              br $for-loop|28
             end
            end
           end
          end
         end
         br $break|0
        end
        local.get $4
        i32.const 1
        i32.eq
        local.get $2
        i32.const 1
        i32.eq
        i32.and
        if
         loop $for-loop|29
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $2
           local.get $5
           i32.add
           local.get $1
           local.get $2
           i32.add
           v128.load
           local.get $2
           local.get $3
           i32.add
           v128.load
           f32x4.max
           v128.store
           local.get $0
           local.set $7
           br $for-loop|29
          end
         end
         loop $for-loop|30
          local.get $6
          local.get $7
          i32.gt_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $0
           local.get $5
           i32.add
           local.get $0
           local.get $1
           i32.add
           f32.load
           local.get $0
           local.get $3
           i32.add
           f32.load
           f32.max
           f32.store
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|30
          end
         end
        else
         local.get $2
         i32.const 1
         i32.eq
         if
          local.get $3
          f32.load
          local.tee $9
          f32x4.splat
          local.set $8
          loop $for-loop|31
           local.get $7
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $2
            local.get $5
            i32.add
            local.get $1
            local.get $2
            i32.add
            v128.load
            local.get $8
            f32x4.max
            v128.store
            local.get $0
            local.set $7
            br $for-loop|31
           end
          end
          loop $for-loop|32
           local.get $6
           local.get $7
           i32.gt_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $0
            local.get $5
            i32.add
            local.get $9
            local.get $0
            local.get $1
            i32.add
            f32.load
            f32.max
            f32.store
            local.get $7
            i32.const 1
            i32.add
            local.set $7
            br $for-loop|32
           end
          end
         else
          local.get $4
          i32.const 1
          i32.eq
          if
           local.get $1
           f32.load
           local.tee $9
           f32x4.splat
           local.set $8
           loop $for-loop|33
            local.get $7
            i32.const 4
            i32.add
            local.tee $0
            local.get $6
            i32.le_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $1
             local.get $5
             i32.add
             local.get $8
             local.get $1
             local.get $3
             i32.add
             v128.load
             f32x4.max
             v128.store
             local.get $0
             local.set $7
             br $for-loop|33
            end
           end
           loop $for-loop|34
            local.get $6
            local.get $7
            i32.gt_s
            if
             local.get $7
             i32.const 2
             i32.shl
             local.tee $0
             local.get $5
             i32.add
             local.get $9
             local.get $0
             local.get $3
             i32.add
             f32.load
             f32.max
             f32.store
             local.get $7
             i32.const 1
             i32.add
             local.set $7
             br $for-loop|34
            end
           end
          else
           local.get $1
           f32.load
           local.get $3
           f32.load
           f32.max
           local.set $9
           loop $for-loop|35
            local.get $6
            local.get $7
            i32.gt_s
            if
             local.get $5
             local.get $7
             i32.const 2
             i32.shl
             i32.add
             local.get $9
             f32.store
             local.get $7
             i32.const 1
             i32.add
             local.set $7
             br $for-loop|35
            end
           end
          end
         end
        end
        br $break|0
       end
       local.get $4
       i32.const 1
       i32.eq
       local.get $2
       i32.const 1
       i32.eq
       i32.and
       if
        loop $for-loop|36
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $2
          local.get $5
          i32.add
          local.get $1
          local.get $2
          i32.add
          v128.load
          local.get $2
          local.get $3
          i32.add
          v128.load
          f32x4.min
          v128.store
          local.get $0
          local.set $7
          br $for-loop|36
         end
        end
        loop $for-loop|37
         local.get $6
         local.get $7
         i32.gt_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $0
          local.get $5
          i32.add
          local.get $0
          local.get $1
          i32.add
          f32.load
          local.get $0
          local.get $3
          i32.add
          f32.load
          f32.min
          f32.store
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|37
         end
        end
       else
        local.get $2
        i32.const 1
        i32.eq
        if
         local.get $3
         f32.load
         local.tee $9
         f32x4.splat
         local.set $8
         loop $for-loop|38
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $2
           local.get $5
           i32.add
           local.get $1
           local.get $2
           i32.add
           v128.load
           local.get $8
           f32x4.min
           v128.store
           local.get $0
           local.set $7
           br $for-loop|38
          end
         end
         loop $for-loop|39
          local.get $6
          local.get $7
          i32.gt_s
          if
           local.get $7
           i32.const 2
           i32.shl
           local.tee $0
           local.get $5
           i32.add
           local.get $9
           local.get $0
           local.get $1
           i32.add
           f32.load
           f32.min
           f32.store
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|39
          end
         end
        else
         local.get $4
         i32.const 1
         i32.eq
         if
          local.get $1
          f32.load
          local.tee $9
          f32x4.splat
          local.set $8
          loop $for-loop|40
           local.get $7
           i32.const 4
           i32.add
           local.tee $0
           local.get $6
           i32.le_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $1
            local.get $5
            i32.add
            local.get $8
            local.get $1
            local.get $3
            i32.add
            v128.load
            f32x4.min
            v128.store
            local.get $0
            local.set $7
            br $for-loop|40
           end
          end
          loop $for-loop|41
           local.get $6
           local.get $7
           i32.gt_s
           if
            local.get $7
            i32.const 2
            i32.shl
            local.tee $0
            local.get $5
            i32.add
            local.get $9
            local.get $0
            local.get $3
            i32.add
            f32.load
            f32.min
            f32.store
            local.get $7
            i32.const 1
            i32.add
            local.set $7
            br $for-loop|41
           end
          end
         else
          local.get $1
          f32.load
          local.get $3
          f32.load
          f32.min
          local.set $9
          loop $for-loop|42
           local.get $6
           local.get $7
           i32.gt_s
           if
            local.get $5
            local.get $7
            i32.const 2
            i32.shl
            i32.add
            local.get $9
            f32.store
            local.get $7
            i32.const 1
            i32.add
            local.set $7
            br $for-loop|42
           end
          end
         end
        end
       end
       br $break|0
      end
      local.get $4
      i32.const 1
      i32.eq
      local.get $2
      i32.const 1
      i32.eq
      i32.and
      if
       loop $for-loop|43
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $2
         local.get $1
         i32.add
         v128.load
         local.tee $8
         f32x4.abs
         local.tee $10
         v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
         f32x4.lt
         local.set $11
         local.get $10
         v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
         f32x4.mul
         local.get $10
         local.get $11
         v128.bitselect
         local.tee $12
         i32.const 23
         i32x4.shr_u
         v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
         i32x4.sub
         local.set $13
         local.get $12
         v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
         v128.and
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         v128.or
         local.tee $12
         v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
         f32x4.lt
         local.set $14
         local.get $12
         local.get $12
         local.get $14
         v128.and
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.sub
         local.tee $12
         local.get $12
         f32x4.mul
         local.set $15
         local.get $2
         local.get $3
         i32.add
         v128.load
         local.tee $16
         local.get $10
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         local.get $13
         v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
         i32x4.sub
         local.get $13
         local.get $11
         v128.bitselect
         local.get $14
         i32x4.add
         f32x4.convert_i32x4_s
         local.tee $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         local.get $12
         local.get $15
         v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
         local.get $12
         v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
         f32x4.relaxed_madd
         local.get $12
         f32x4.mul
         local.get $15
         f32x4.mul
         f32x4.relaxed_madd
         f32x4.relaxed_madd
         f32x4.add
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         v128.bitselect
         local.get $10
         local.get $10
         f32x4.ne
         v128.bitselect
         f32x4.mul
         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
         f32x4.max
         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
         f32x4.min
         local.tee $10
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         f32x4.nearest
         local.set $11
         local.get $2
         local.get $5
         i32.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
         local.get $10
         local.get $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $10
         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.relaxed_madd
         local.get $10
         local.get $10
         f32x4.mul
         local.get $10
         f32x4.relaxed_madd
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.get $11
         i32x4.trunc_sat_f32x4_s
         local.tee $10
         i32.const 1
         i32x4.shr_s
         local.tee $11
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.get $10
         local.get $11
         i32x4.sub
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.tee $10
         f32x4.neg
         local.get $10
         local.get $8
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         local.tee $8
         local.get $16
         f32x4.trunc
         local.get $16
         f32x4.eq
         local.tee $10
         local.get $16
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         local.tee $11
         f32x4.trunc
         local.get $11
         f32x4.eq
         v128.andnot
         v128.and
         v128.bitselect
         local.get $8
         local.get $10
         v128.andnot
         v128.bitselect
         local.get $16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         v128.store
         local.get $0
         local.set $7
         br $for-loop|43
        end
       end
       loop $for-loop|44
        local.get $6
        local.get $7
        i32.gt_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $0
         local.get $1
         i32.add
         f32.load
         f32x4.splat
         local.tee $8
         f32x4.abs
         local.tee $10
         v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
         f32x4.lt
         local.set $11
         local.get $10
         v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
         f32x4.mul
         local.get $10
         local.get $11
         v128.bitselect
         local.tee $12
         i32.const 23
         i32x4.shr_u
         v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
         i32x4.sub
         local.set $13
         local.get $12
         v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
         v128.and
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         v128.or
         local.tee $12
         v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
         f32x4.lt
         local.set $14
         local.get $12
         local.get $12
         local.get $14
         v128.and
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.sub
         local.tee $12
         local.get $12
         f32x4.mul
         local.set $15
         local.get $0
         local.get $3
         i32.add
         f32.load
         f32x4.splat
         local.tee $16
         local.get $10
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         local.get $13
         v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
         i32x4.sub
         local.get $13
         local.get $11
         v128.bitselect
         local.get $14
         i32x4.add
         f32x4.convert_i32x4_s
         local.tee $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         local.get $12
         local.get $15
         v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
         local.get $12
         v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
         f32x4.relaxed_madd
         local.get $12
         f32x4.mul
         local.get $15
         f32x4.mul
         f32x4.relaxed_madd
         f32x4.relaxed_madd
         f32x4.add
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         v128.bitselect
         local.get $10
         local.get $10
         f32x4.ne
         v128.bitselect
         f32x4.mul
         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
         f32x4.max
         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
         f32x4.min
         local.tee $10
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         f32x4.nearest
         local.set $11
         local.get $0
         local.get $5
         i32.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
         local.get $10
         local.get $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $10
         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.relaxed_madd
         local.get $10
         local.get $10
         f32x4.mul
         local.get $10
         f32x4.relaxed_madd
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.get $11
         i32x4.trunc_sat_f32x4_s
         local.tee $10
         i32.const 1
         i32x4.shr_s
         local.tee $11
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.get $10
         local.get $11
         i32x4.sub
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.tee $10
         f32x4.neg
         local.get $10
         local.get $8
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         local.tee $8
         local.get $16
         f32x4.trunc
         local.get $16
         f32x4.eq
         local.tee $10
         local.get $16
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         local.tee $11
         f32x4.trunc
         local.get $11
         f32x4.eq
         v128.andnot
         v128.and
         v128.bitselect
         local.get $8
         local.get $10
         v128.andnot
         v128.bitselect
         local.get $16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         f32x4.extract_lane 0
         f32.store
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|44
        end
       end
      else
       local.get $2
       i32.const 1
       i32.eq
       if
        local.get $3
        f32.load
        local.tee $9
        f32x4.splat
        local.set $8
        loop $for-loop|45
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $2
          local.get $1
          i32.add
          v128.load
          local.tee $10
          f32x4.abs
          local.tee $11
          v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
          f32x4.lt
          local.set $12
          local.get $11
          v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
          f32x4.mul
          local.get $11
          local.get $12
          v128.bitselect
          local.tee $13
          i32.const 23
          i32x4.shr_u
          v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
          i32x4.sub
          local.set $14
          local.get $13
          v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
          v128.and
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          v128.or
          local.tee $13
          v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
          f32x4.lt
          local.set $15
          local.get $13
          local.get $13
          local.get $15
          v128.and
          f32x4.add
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          f32x4.sub
          local.tee $13
          local.get $13
          f32x4.mul
          local.set $16
          local.get $8
          local.get $11
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
          local.get $14
          v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
          i32x4.sub
          local.get $14
          local.get $12
          v128.bitselect
          local.get $15
          i32x4.add
          f32x4.convert_i32x4_s
          local.tee $12
          v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
          local.get $13
          local.get $16
          v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
          local.get $12
          v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
          v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
          local.get $13
          v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
          f32x4.relaxed_madd
          local.get $13
          v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
          f32x4.relaxed_madd
          local.get $13
          f32x4.mul
          local.get $16
          f32x4.mul
          f32x4.relaxed_madd
          f32x4.relaxed_madd
          f32x4.add
          f32x4.relaxed_madd
          local.get $11
          v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
          f32x4.eq
          v128.bitselect
          local.get $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.eq
          v128.bitselect
          local.get $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          v128.bitselect
          local.get $11
          local.get $11
          f32x4.ne
          v128.bitselect
          f32x4.mul
          v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
          f32x4.max
          v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
          f32x4.min
          local.tee $11
          v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
          f32x4.mul
          f32x4.nearest
          local.set $12
          local.get $2
          local.get $5
          i32.add
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
          local.get $11
          local.get $12
          v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
          f32x4.mul
          f32x4.sub
          local.get $12
          v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
          f32x4.mul
          f32x4.sub
          local.tee $11
          v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
          f32x4.relaxed_madd
          local.get $11
          v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
          f32x4.relaxed_madd
          local.get $11
          v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
          f32x4.relaxed_madd
          local.get $11
          v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
          f32x4.relaxed_madd
          local.get $11
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          f32x4.relaxed_madd
          local.get $11
          local.get $11
          f32x4.mul
          local.get $11
          f32x4.relaxed_madd
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          f32x4.add
          local.get $12
          i32x4.trunc_sat_f32x4_s
          local.tee $11
          i32.const 1
          i32x4.shr_s
          local.tee $12
          v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
          i32x4.add
          i32.const 23
          i32x4.shl
          f32x4.mul
          local.get $11
          local.get $12
          i32x4.sub
          v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
          i32x4.add
          i32.const 23
          i32x4.shl
          f32x4.mul
          local.tee $11
          f32x4.neg
          local.get $11
          local.get $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          local.tee $10
          local.get $8
          f32x4.trunc
          local.get $8
          f32x4.eq
          local.tee $11
          local.get $8
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          f32x4.mul
          local.tee $12
          f32x4.trunc
          local.get $12
          f32x4.eq
          v128.andnot
          v128.and
          v128.bitselect
          local.get $10
          local.get $11
          v128.andnot
          v128.bitselect
          local.get $8
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.eq
          v128.bitselect
          v128.store
          local.get $0
          local.set $7
          br $for-loop|45
         end
        end
        loop $for-loop|46
         local.get $6
         local.get $7
         i32.gt_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $0
          local.get $1
          i32.add
          f32.load
          f32x4.splat
          local.tee $8
          f32x4.abs
          local.tee $10
          v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
          f32x4.lt
          local.set $11
          local.get $10
          v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
          f32x4.mul
          local.get $10
          local.get $11
          v128.bitselect
          local.tee $12
          i32.const 23
          i32x4.shr_u
          v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
          i32x4.sub
          local.set $13
          local.get $12
          v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
          v128.and
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          v128.or
          local.tee $12
          v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
          f32x4.lt
          local.set $14
          local.get $12
          local.get $12
          local.get $14
          v128.and
          f32x4.add
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          f32x4.sub
          local.tee $12
          local.get $12
          f32x4.mul
          local.set $15
          local.get $9
          f32x4.splat
          local.tee $16
          local.get $10
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
          local.get $13
          v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
          i32x4.sub
          local.get $13
          local.get $11
          v128.bitselect
          local.get $14
          i32x4.add
          f32x4.convert_i32x4_s
          local.tee $11
          v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
          local.get $12
          local.get $15
          v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
          local.get $11
          v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
          v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
          local.get $12
          v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
          f32x4.relaxed_madd
          local.get $12
          v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
          f32x4.relaxed_madd
          local.get $12
          f32x4.mul
          local.get $15
          f32x4.mul
          f32x4.relaxed_madd
          f32x4.relaxed_madd
          f32x4.add
          f32x4.relaxed_madd
          local.get $10
          v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
          f32x4.eq
          v128.bitselect
          local.get $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.eq
          v128.bitselect
          local.get $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          v128.bitselect
          local.get $10
          local.get $10
          f32x4.ne
          v128.bitselect
          f32x4.mul
          v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
          f32x4.max
          v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
          f32x4.min
          local.tee $10
          v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
          f32x4.mul
          f32x4.nearest
          local.set $11
          local.get $0
          local.get $5
          i32.add
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
          local.get $10
          local.get $11
          v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
          f32x4.mul
          f32x4.sub
          local.get $11
          v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
          f32x4.mul
          f32x4.sub
          local.tee $10
          v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
          f32x4.relaxed_madd
          local.get $10
          v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
          f32x4.relaxed_madd
          local.get $10
          v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
          f32x4.relaxed_madd
          local.get $10
          v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
          f32x4.relaxed_madd
          local.get $10
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          f32x4.relaxed_madd
          local.get $10
          local.get $10
          f32x4.mul
          local.get $10
          f32x4.relaxed_madd
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          f32x4.add
          local.get $11
          i32x4.trunc_sat_f32x4_s
          local.tee $10
          i32.const 1
          i32x4.shr_s
          local.tee $11
          v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
          i32x4.add
          i32.const 23
          i32x4.shl
          f32x4.mul
          local.get $10
          local.get $11
          i32x4.sub
          v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
          i32x4.add
          i32.const 23
          i32x4.shl
          f32x4.mul
          local.tee $10
          f32x4.neg
          local.get $10
          local.get $8
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          local.tee $8
          local.get $16
          f32x4.trunc
          local.get $16
          f32x4.eq
          local.tee $10
          local.get $16
          v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
          f32x4.mul
          local.tee $11
          f32x4.trunc
          local.get $11
          f32x4.eq
          v128.andnot
          v128.and
          v128.bitselect
          local.get $8
          local.get $10
          v128.andnot
          v128.bitselect
          local.get $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.eq
          v128.bitselect
          f32x4.extract_lane 0
          f32.store
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|46
         end
        end
       else
        local.get $4
        i32.const 1
        i32.eq
        if
         local.get $1
         f32.load
         local.tee $9
         f32x4.splat
         local.set $8
         loop $for-loop|47
          local.get $7
          i32.const 4
          i32.add
          local.tee $0
          local.get $6
          i32.le_s
          if
           local.get $8
           f32x4.abs
           local.tee $10
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.set $11
           local.get $10
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $10
           local.get $11
           v128.bitselect
           local.tee $12
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.set $13
           local.get $12
           v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $12
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $14
           local.get $12
           local.get $12
           local.get $14
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $12
           local.get $12
           f32x4.mul
           local.set $15
           local.get $7
           i32.const 2
           i32.shl
           local.tee $1
           local.get $3
           i32.add
           v128.load
           local.tee $16
           local.get $10
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           local.get $13
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           i32x4.sub
           local.get $13
           local.get $11
           v128.bitselect
           local.get $14
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $11
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           local.get $12
           local.get $15
           v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
           local.get $11
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $12
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.relaxed_madd
           local.get $12
           f32x4.mul
           local.get $15
           f32x4.mul
           f32x4.relaxed_madd
           f32x4.relaxed_madd
           f32x4.add
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           f32x4.eq
           v128.bitselect
           local.get $10
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           local.get $10
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           v128.bitselect
           local.get $10
           local.get $10
           f32x4.ne
           v128.bitselect
           f32x4.mul
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           local.tee $10
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $11
           local.get $1
           local.get $5
           i32.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $10
           local.get $11
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $11
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $10
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.relaxed_madd
           local.get $10
           local.get $10
           f32x4.mul
           local.get $10
           f32x4.relaxed_madd
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $11
           i32x4.trunc_sat_f32x4_s
           local.tee $10
           i32.const 1
           i32x4.shr_s
           local.tee $11
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $10
           local.get $11
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $10
           f32x4.neg
           local.get $10
           local.get $8
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           local.tee $10
           local.get $16
           f32x4.trunc
           local.get $16
           f32x4.eq
           local.tee $11
           local.get $16
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.mul
           local.tee $12
           f32x4.trunc
           local.get $12
           f32x4.eq
           v128.andnot
           v128.and
           v128.bitselect
           local.get $10
           local.get $11
           v128.andnot
           v128.bitselect
           local.get $16
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           v128.store
           local.get $0
           local.set $7
           br $for-loop|47
          end
         end
         loop $for-loop|48
          local.get $6
          local.get $7
          i32.gt_s
          if
           local.get $9
           f32x4.splat
           local.tee $8
           f32x4.abs
           local.tee $10
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.set $11
           local.get $10
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $10
           local.get $11
           v128.bitselect
           local.tee $12
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.set $13
           local.get $12
           v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $12
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $14
           local.get $12
           local.get $12
           local.get $14
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $12
           local.get $12
           f32x4.mul
           local.set $15
           local.get $7
           i32.const 2
           i32.shl
           local.tee $0
           local.get $3
           i32.add
           f32.load
           f32x4.splat
           local.tee $16
           local.get $10
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           local.get $13
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           i32x4.sub
           local.get $13
           local.get $11
           v128.bitselect
           local.get $14
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $11
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           local.get $12
           local.get $15
           v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
           local.get $11
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $12
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.relaxed_madd
           local.get $12
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.relaxed_madd
           local.get $12
           f32x4.mul
           local.get $15
           f32x4.mul
           f32x4.relaxed_madd
           f32x4.relaxed_madd
           f32x4.add
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           f32x4.eq
           v128.bitselect
           local.get $10
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           local.get $10
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           v128.bitselect
           local.get $10
           local.get $10
           f32x4.ne
           v128.bitselect
           f32x4.mul
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           local.tee $10
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $11
           local.get $0
           local.get $5
           i32.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $10
           local.get $11
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $11
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $10
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.relaxed_madd
           local.get $10
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.relaxed_madd
           local.get $10
           local.get $10
           f32x4.mul
           local.get $10
           f32x4.relaxed_madd
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $11
           i32x4.trunc_sat_f32x4_s
           local.tee $10
           i32.const 1
           i32x4.shr_s
           local.tee $11
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $10
           local.get $11
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $10
           f32x4.neg
           local.get $10
           local.get $8
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           local.tee $8
           local.get $16
           f32x4.trunc
           local.get $16
           f32x4.eq
           local.tee $10
           local.get $16
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.mul
           local.tee $11
           f32x4.trunc
           local.get $11
           f32x4.eq
           v128.andnot
           v128.and
           v128.bitselect
           local.get $8
           local.get $10
           v128.andnot
           v128.bitselect
           local.get $16
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           f32x4.extract_lane 0
           f32.store
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|48
          end
         end
        else
         local.get $1
         f32.load
         f32x4.splat
         local.tee $8
         f32x4.abs
         local.tee $10
         v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
         f32x4.lt
         local.set $11
         local.get $10
         v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
         f32x4.mul
         local.get $10
         local.get $11
         v128.bitselect
         local.tee $12
         i32.const 23
         i32x4.shr_u
         v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
         i32x4.sub
         local.set $13
         local.get $12
         v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
         v128.and
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         v128.or
         local.tee $12
         v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
         f32x4.lt
         local.set $14
         local.get $12
         local.get $12
         local.get $14
         v128.and
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.sub
         local.tee $12
         local.get $12
         f32x4.mul
         local.set $15
         local.get $3
         f32.load
         f32x4.splat
         local.tee $16
         local.get $10
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         local.get $13
         v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
         i32x4.sub
         local.get $13
         local.get $11
         v128.bitselect
         local.get $14
         i32x4.add
         f32x4.convert_i32x4_s
         local.tee $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         local.get $12
         local.get $15
         v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
         local.get $12
         v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
         f32x4.relaxed_madd
         local.get $12
         v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
         f32x4.relaxed_madd
         local.get $12
         f32x4.mul
         local.get $15
         f32x4.mul
         f32x4.relaxed_madd
         f32x4.relaxed_madd
         f32x4.add
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         v128.bitselect
         local.get $10
         local.get $10
         f32x4.ne
         v128.bitselect
         f32x4.mul
         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
         f32x4.max
         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
         f32x4.min
         local.tee $10
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         f32x4.nearest
         local.set $11
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
         local.get $10
         local.get $11
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $11
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $10
         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
         f32x4.relaxed_madd
         local.get $10
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.relaxed_madd
         local.get $10
         local.get $10
         f32x4.mul
         local.get $10
         f32x4.relaxed_madd
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.get $11
         i32x4.trunc_sat_f32x4_s
         local.tee $10
         i32.const 1
         i32x4.shr_s
         local.tee $11
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.get $10
         local.get $11
         i32x4.sub
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.tee $10
         f32x4.neg
         local.get $10
         local.get $8
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         local.tee $8
         local.get $16
         f32x4.trunc
         local.get $16
         f32x4.eq
         local.tee $10
         local.get $16
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         local.tee $11
         f32x4.trunc
         local.get $11
         f32x4.eq
         v128.andnot
         v128.and
         v128.bitselect
         local.get $8
         local.get $10
         v128.andnot
         v128.bitselect
         local.get $16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         f32x4.extract_lane 0
         local.set $9
         loop $for-loop|49
          local.get $6
          local.get $7
          i32.gt_s
          if
           local.get $5
           local.get $7
           i32.const 2
           i32.shl
           i32.add
           local.get $9
           f32.store
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|49
          end
         end
        end
       end
      end
      br $break|0
     end
     local.get $4
     i32.const 1
     i32.eq
     local.get $2
     i32.const 1
     i32.eq
     i32.and
     if
      loop $for-loop|50
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $2
        local.get $1
        i32.add
        v128.load
        local.set $8
        local.get $2
        local.get $5
        i32.add
        local.get $8
        local.get $2
        local.get $3
        i32.add
        v128.load
        f32x4.sub
        local.tee $8
        local.get $8
        f32x4.mul
        v128.store
        local.get $0
        local.set $7
        br $for-loop|50
       end
      end
      loop $for-loop|51
       local.get $6
       local.get $7
       i32.gt_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $0
        local.get $5
        i32.add
        local.get $0
        local.get $1
        i32.add
        f32.load
        local.get $0
        local.get $3
        i32.add
        f32.load
        f32.sub
        local.tee $9
        local.get $9
        f32.mul
        f32.store
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|51
       end
      end
     else
      local.get $2
      i32.const 1
      i32.eq
      if
       local.get $3
       f32.load
       local.tee $9
       f32x4.splat
       local.set $8
       loop $for-loop|52
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $2
         local.get $1
         i32.add
         v128.load
         local.get $8
         f32x4.sub
         local.set $10
         local.get $2
         local.get $5
         i32.add
         local.get $10
         local.get $10
         f32x4.mul
         v128.store
         local.get $0
         local.set $7
         br $for-loop|52
        end
       end
       loop $for-loop|53
        local.get $6
        local.get $7
        i32.gt_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $0
         local.get $5
         i32.add
         local.get $0
         local.get $1
         i32.add
         f32.load
         local.get $9
         f32.sub
         local.tee $17
         local.get $17
         f32.mul
         f32.store
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|53
        end
       end
      else
       local.get $4
       i32.const 1
       i32.eq
       if
        local.get $1
        f32.load
        local.tee $9
        f32x4.splat
        local.set $8
        loop $for-loop|54
         local.get $7
         i32.const 4
         i32.add
         local.tee $0
         local.get $6
         i32.le_s
         if
          local.get $8
          local.get $7
          i32.const 2
          i32.shl
          local.tee $1
          local.get $3
          i32.add
          v128.load
          f32x4.sub
          local.set $10
          local.get $1
          local.get $5
          i32.add
          local.get $10
          local.get $10
          f32x4.mul
          v128.store
          local.get $0
          local.set $7
          br $for-loop|54
         end
        end
        loop $for-loop|55
         local.get $6
         local.get $7
         i32.gt_s
         if
          local.get $7
          i32.const 2
          i32.shl
          local.tee $0
          local.get $5
          i32.add
          local.get $9
          local.get $0
          local.get $3
          i32.add
          f32.load
          f32.sub
          local.tee $17
          local.get $17
          f32.mul
          f32.store
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|55
         end
        end
       else
        local.get $1
        f32.load
        local.get $3
        f32.load
        f32.sub
        local.tee $9
        local.get $9
        f32.mul
        local.set $9
        loop $for-loop|56
         local.get $6
         local.get $7
         i32.gt_s
         if
          local.get $5
          local.get $7
          i32.const 2
          i32.shl
          i32.add
          local.get $9
          f32.store
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|56
         end
        end
       end
      end
     end
     br $break|0
    end
    local.get $4
    i32.const 1
    i32.eq
    local.get $2
    i32.const 1
    i32.eq
    i32.and
    if
     loop $for-loop|57
      local.get $7
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $7
       i32.const 2
       i32.shl
       local.tee $2
       local.get $5
       i32.add
       local.get $1
       local.get $2
       i32.add
       v128.load
       local.get $2
       local.get $3
       i32.add
       v128.load
       f32x4.div
       f32x4.floor
       v128.store
       local.get $0
       local.set $7
       br $for-loop|57
      end
     end
     loop $for-loop|58
      local.get $6
      local.get $7
      i32.gt_s
      if
       local.get $7
       i32.const 2
       i32.shl
       local.tee $0
       local.get $5
       i32.add
       local.get $0
       local.get $1
       i32.add
       f32.load
       local.get $0
       local.get $3
       i32.add
       f32.load
       f32.div
       f32.floor
       f32.store
       local.get $7
       i32.const 1
       i32.add
       local.set $7
       br $for-loop|58
      end
     end
    else
     local.get $2
     i32.const 1
     i32.eq
     if
      local.get $3
      f32.load
      local.tee $9
      f32x4.splat
      local.set $8
      loop $for-loop|59
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $2
        local.get $5
        i32.add
        local.get $1
        local.get $2
        i32.add
        v128.load
        local.get $8
        f32x4.div
        f32x4.floor
        v128.store
        local.get $0
        local.set $7
        br $for-loop|59
       end
      end
      loop $for-loop|60
       local.get $6
       local.get $7
       i32.gt_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $0
        local.get $5
        i32.add
        local.get $0
        local.get $1
        i32.add
        f32.load
        local.get $9
        f32.div
        f32.floor
        f32.store
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|60
       end
      end
     else
      local.get $4
      i32.const 1
      i32.eq
      if
       local.get $1
       f32.load
       local.tee $9
       f32x4.splat
       local.set $8
       loop $for-loop|61
        local.get $7
        i32.const 4
        i32.add
        local.tee $0
        local.get $6
        i32.le_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $1
         local.get $5
         i32.add
         local.get $8
         local.get $1
         local.get $3
         i32.add
         v128.load
         f32x4.div
         f32x4.floor
         v128.store
         local.get $0
         local.set $7
         br $for-loop|61
        end
       end
       loop $for-loop|62
        local.get $6
        local.get $7
        i32.gt_s
        if
         local.get $7
         i32.const 2
         i32.shl
         local.tee $0
         local.get $5
         i32.add
         local.get $9
         local.get $0
         local.get $3
         i32.add
         f32.load
         f32.div
         f32.floor
         f32.store
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|62
        end
       end
      else
       local.get $1
       f32.load
       local.get $3
       f32.load
       f32.div
       f32.floor
       local.set $9
       loop $for-loop|63
        local.get $6
        local.get $7
        i32.gt_s
        if
         local.get $5
         local.get $7
         i32.const 2
         i32.shl
         i32.add
         local.get $9
         f32.store
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|63
        end
       end
      end
     end
    end
    br $break|0
   end
   local.get $4
   i32.const 1
   i32.eq
   local.get $2
   i32.const 1
   i32.eq
   i32.and
   if
    loop $for-loop|64
     local.get $7
     i32.const 4
     i32.add
     local.tee $0
     local.get $6
     i32.le_s
     if
      local.get $7
      i32.const 2
      i32.shl
      local.tee $2
      local.get $1
      i32.add
      v128.load
      local.set $8
      local.get $2
      local.get $5
      i32.add
      local.get $8
      local.get $8
      local.get $2
      local.get $3
      i32.add
      v128.load
      local.tee $8
      f32x4.div
      f32x4.trunc
      local.get $8
      f32x4.mul
      f32x4.sub
      local.tee $10
      local.get $8
      f32x4.add
      local.get $10
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.lt
      local.get $8
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.lt
      v128.xor
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ne
      v128.and
      v128.bitselect
      v128.store
      local.get $0
      local.set $7
      br $for-loop|64
     end
    end
    loop $for-loop|65
     local.get $6
     local.get $7
     i32.gt_s
     if
      local.get $7
      i32.const 2
      i32.shl
      local.tee $0
      local.get $1
      i32.add
      f32.load
      local.set $9
      local.get $0
      local.get $5
      i32.add
      local.get $9
      local.get $9
      local.get $0
      local.get $3
      i32.add
      f32.load
      local.tee $9
      f32.div
      f32.trunc
      local.get $9
      f32.mul
      f32.sub
      local.tee $17
      local.get $9
      f32.add
      local.get $17
      local.get $17
      f32.const 0
      f32.ne
      if (result i32)
       local.get $17
       f32.const 0
       f32.lt
       local.get $9
       f32.const 0
       f32.lt
       i32.ne
      else
       i32.const 0
      end
      select
      f32.store
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|65
     end
    end
   else
    local.get $2
    i32.const 1
    i32.eq
    if
     local.get $3
     f32.load
     local.tee $9
     f32x4.splat
     local.set $8
     loop $for-loop|66
      local.get $7
      i32.const 4
      i32.add
      local.tee $0
      local.get $6
      i32.le_s
      if
       local.get $7
       i32.const 2
       i32.shl
       local.tee $2
       local.get $1
       i32.add
       v128.load
       local.tee $10
       local.get $8
       f32x4.div
       local.set $11
       local.get $2
       local.get $5
       i32.add
       local.get $10
       local.get $11
       f32x4.trunc
       local.get $8
       f32x4.mul
       f32x4.sub
       local.tee $10
       local.get $8
       f32x4.add
       local.get $10
       local.get $10
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.lt
       local.get $8
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.lt
       v128.xor
       local.get $10
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.ne
       v128.and
       v128.bitselect
       v128.store
       local.get $0
       local.set $7
       br $for-loop|66
      end
     end
     loop $for-loop|67
      local.get $6
      local.get $7
      i32.gt_s
      if
       local.get $7
       i32.const 2
       i32.shl
       local.tee $0
       local.get $1
       i32.add
       f32.load
       local.set $17
       local.get $0
       local.get $5
       i32.add
       local.get $17
       local.get $17
       local.get $9
       f32.div
       f32.trunc
       local.get $9
       f32.mul
       f32.sub
       local.tee $17
       local.get $9
       f32.add
       local.get $17
       local.get $17
       f32.const 0
       f32.ne
       if (result i32)
        local.get $17
        f32.const 0
        f32.lt
        local.get $9
        f32.const 0
        f32.lt
        i32.ne
       else
        i32.const 0
       end
       select
       f32.store
       local.get $7
       i32.const 1
       i32.add
       local.set $7
       br $for-loop|67
      end
     end
    else
     local.get $4
     i32.const 1
     i32.eq
     if
      local.get $1
      f32.load
      local.tee $17
      f32x4.splat
      local.set $8
      loop $for-loop|68
       local.get $7
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.le_s
       if
        local.get $8
        local.get $8
        local.get $7
        i32.const 2
        i32.shl
        local.tee $1
        local.get $3
        i32.add
        v128.load
        local.tee $10
        f32x4.div
        f32x4.trunc
        local.get $10
        f32x4.mul
        f32x4.sub
        local.set $11
        local.get $1
        local.get $5
        i32.add
        local.get $11
        local.get $10
        f32x4.add
        local.get $11
        local.get $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.lt
        local.get $10
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.lt
        v128.xor
        local.get $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.ne
        v128.and
        v128.bitselect
        v128.store
        local.get $0
        local.set $7
        br $for-loop|68
       end
      end
      loop $for-loop|69
       local.get $6
       local.get $7
       i32.gt_s
       if
        local.get $7
        i32.const 2
        i32.shl
        local.tee $0
        local.get $3
        i32.add
        f32.load
        local.set $18
        local.get $0
        local.get $5
        i32.add
        local.get $17
        local.get $17
        local.get $18
        f32.div
        f32.trunc
        local.get $18
        f32.mul
        f32.sub
        local.tee $9
        local.get $18
        f32.add
        local.get $9
        local.get $9
        f32.const 0
        f32.ne
        if (result i32)
         local.get $9
         f32.const 0
         f32.lt
         local.get $18
         f32.const 0
         f32.lt
         i32.ne
        else
         i32.const 0
        end
        select
        f32.store
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|69
       end
      end
     else
      local.get $1
      f32.load
      local.tee $9
      local.get $9
      local.get $3
      f32.load
      local.tee $9
      f32.div
      f32.trunc
      local.get $9
      f32.mul
      f32.sub
      local.tee $17
      local.get $9
      f32.add
      local.get $17
      local.get $17
      f32.const 0
      f32.ne
      if (result i32)
       local.get $17
       f32.const 0
       f32.lt
       local.get $9
       f32.const 0
       f32.lt
       i32.ne
      else
       i32.const 0
      end
      select
      local.set $9
      loop $for-loop|70
       local.get $6
       local.get $7
       i32.gt_s
       if
        local.get $5
        local.get $7
        i32.const 2
        i32.shl
        i32.add
        local.get $9
        f32.store
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|70
       end
      end
     end
    end
   end
  end
 )
 (func $asm/src/binary/binary_f32_nd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 f32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 f32)
  (local $33 f32)
  block $break|0
   block $case9|0
    block $case8|0
     block $case7|0
      block $case6|0
       block $case5|0
        block $case4|0
         block $case3|0
          block $case2|0
           block $case1|0
            block $case0|0
             local.get $0
             br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $break|0
            end
            local.get $4
            i32.const 4
            i32.add
            local.tee $12
            local.get $4
            i32.load
            local.tee $13
            i32.const 2
            i32.shl
            local.tee $0
            i32.add
            local.tee $14
            local.get $0
            i32.add
            local.tee $15
            local.get $0
            i32.add
            local.set $16
            local.get $13
            i32.const 1
            i32.sub
            i32.const 2
            i32.shl
            local.tee $0
            local.get $12
            i32.add
            i32.load
            local.set $17
            local.get $0
            local.get $14
            i32.add
            i32.load
            local.set $18
            local.get $0
            local.get $15
            i32.add
            i32.load
            local.set $19
            i32.const 1
            local.set $4
            i32.const 0
            local.set $0
            loop $for-loop|1
             local.get $0
             local.get $13
             i32.const 1
             i32.sub
             i32.lt_s
             if
              local.get $4
              local.get $0
              i32.const 2
              i32.shl
              local.tee $5
              local.get $12
              i32.add
              i32.load
              i32.mul
              local.set $4
              local.get $5
              local.get $16
              i32.add
              i32.const 0
              i32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|1
             end
            end
            local.get $17
            i32.const 2
            i32.shl
            local.set $20
            loop $for-loop|2
             local.get $4
             local.get $10
             i32.gt_s
             if
              local.get $1
              local.get $8
              i32.const 2
              i32.shl
              i32.add
              local.set $21
              local.get $2
              local.get $9
              i32.const 2
              i32.shl
              i32.add
              local.set $22
              local.get $3
              local.get $11
              i32.add
              local.set $23
              i32.const 0
              local.set $0
              local.get $19
              i32.const 1
              i32.eq
              local.get $18
              i32.const 1
              i32.eq
              i32.and
              if
               loop $for-loop|3
                local.get $0
                i32.const 4
                i32.add
                local.tee $5
                local.get $17
                i32.le_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $0
                 local.get $23
                 i32.add
                 local.get $0
                 local.get $21
                 i32.add
                 v128.load
                 local.get $0
                 local.get $22
                 i32.add
                 v128.load
                 f32x4.add
                 v128.store
                 local.get $5
                 local.set $0
                 br $for-loop|3
                end
               end
               loop $for-loop|4
                local.get $0
                local.get $17
                i32.lt_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $5
                 local.get $23
                 i32.add
                 local.get $5
                 local.get $21
                 i32.add
                 f32.load
                 local.get $5
                 local.get $22
                 i32.add
                 f32.load
                 f32.add
                 f32.store
                 local.get $0
                 i32.const 1
                 i32.add
                 local.set $0
                 br $for-loop|4
                end
               end
              else
               local.get $18
               i32.const 1
               i32.eq
               if
                local.get $22
                f32.load
                local.tee $7
                f32x4.splat
                local.set $6
                loop $for-loop|5
                 local.get $0
                 i32.const 4
                 i32.add
                 local.tee $5
                 local.get $17
                 i32.le_s
                 if
                  local.get $0
                  i32.const 2
                  i32.shl
                  local.tee $0
                  local.get $23
                  i32.add
                  local.get $0
                  local.get $21
                  i32.add
                  v128.load
                  local.get $6
                  f32x4.add
                  v128.store
                  local.get $5
                  local.set $0
                  br $for-loop|5
                 end
                end
                loop $for-loop|6
                 local.get $0
                 local.get $17
                 i32.lt_s
                 if
                  local.get $0
                  i32.const 2
                  i32.shl
                  local.tee $5
                  local.get $23
                  i32.add
                  local.get $5
                  local.get $21
                  i32.add
                  f32.load
                  local.get $7
                  f32.add
                  f32.store
                  local.get $0
                  i32.const 1
                  i32.add
                  local.set $0
                  br $for-loop|6
                 end
                end
               else
                local.get $19
                i32.const 1
                i32.eq
                if
                 local.get $21
                 f32.load
                 local.tee $7
                 f32x4.splat
                 local.set $6
                 loop $for-loop|7
                  local.get $0
                  i32.const 4
                  i32.add
                  local.tee $5
                  local.get $17
                  i32.le_s
                  if
                   local.get $0
                   i32.const 2
                   i32.shl
                   local.tee $0
                   local.get $23
                   i32.add
                   local.get $6
                   local.get $0
                   local.get $22
                   i32.add
                   v128.load
                   f32x4.add
                   v128.store
                   local.get $5
                   local.set $0
                   br $for-loop|7
                  end
                 end
                 loop $for-loop|8
                  local.get $0
                  local.get $17
                  i32.lt_s
                  if
                   local.get $0
                   i32.const 2
                   i32.shl
                   local.tee $5
                   local.get $23
                   i32.add
                   local.get $7
                   local.get $5
                   local.get $22
                   i32.add
                   f32.load
                   f32.add
                   f32.store
                   local.get $0
                   i32.const 1
                   i32.add
                   local.set $0
                   br $for-loop|8
                  end
                 end
                else
                 local.get $21
                 f32.load
                 local.get $22
                 f32.load
                 f32.add
                 local.set $7
                 loop $for-loop|9
                  local.get $0
                  local.get $17
                  i32.lt_s
                  if
                   local.get $23
                   local.get $0
                   i32.const 2
                   i32.shl
                   i32.add
                   local.get $7
                   f32.store
                   local.get $0
                   i32.const 1
                   i32.add
                   local.set $0
                   br $for-loop|9
                  end
                 end
                end
               end
              end
              local.get $11
              local.get $20
              i32.add
              local.set $11
              local.get $13
              i32.const 2
              i32.sub
              local.set $0
              loop $for-loop|10
               local.get $0
               i32.const 0
               i32.ge_s
               if
                block $for-break10
                 local.get $16
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $5
                 i32.add
                 local.tee $21
                 i32.load
                 i32.const 1
                 i32.add
                 local.set $22
                 local.get $5
                 local.get $14
                 i32.add
                 i32.load
                 local.tee $23
                 local.get $8
                 i32.add
                 local.set $8
                 local.get $5
                 local.get $15
                 i32.add
                 i32.load
                 local.tee $24
                 local.get $9
                 i32.add
                 local.set $9
                 local.get $22
                 local.get $5
                 local.get $12
                 i32.add
                 i32.load
                 i32.lt_s
                 if
                  local.get $21
                  local.get $22
                  i32.store
                  br $for-break10
                 end
                 local.get $5
                 local.get $16
                 i32.add
                 i32.const 0
                 i32.store
                 local.get $8
                 local.get $22
                 local.get $23
                 i32.mul
                 i32.sub
                 local.set $8
                 local.get $9
                 local.get $22
                 local.get $24
                 i32.mul
                 i32.sub
                 local.set $9
                 local.get $0
                 i32.const 1
                 i32.sub
                 local.set $0
                 br $for-loop|10
                end
               end
              end
              local.get $10
              i32.const 1
              i32.add
              local.set $10
              br $for-loop|2
             end
            end
            br $break|0
           end
           local.get $4
           i32.const 4
           i32.add
           local.tee $12
           local.get $4
           i32.load
           local.tee $13
           i32.const 2
           i32.shl
           local.tee $0
           i32.add
           local.tee $14
           local.get $0
           i32.add
           local.tee $15
           local.get $0
           i32.add
           local.set $16
           local.get $13
           i32.const 1
           i32.sub
           i32.const 2
           i32.shl
           local.tee $0
           local.get $12
           i32.add
           i32.load
           local.set $17
           local.get $0
           local.get $14
           i32.add
           i32.load
           local.set $18
           local.get $0
           local.get $15
           i32.add
           i32.load
           local.set $19
           i32.const 1
           local.set $4
           i32.const 0
           local.set $0
           loop $for-loop|11
            local.get $0
            local.get $13
            i32.const 1
            i32.sub
            i32.lt_s
            if
             local.get $4
             local.get $0
             i32.const 2
             i32.shl
             local.tee $5
             local.get $12
             i32.add
             i32.load
             i32.mul
             local.set $4
             local.get $5
             local.get $16
             i32.add
             i32.const 0
             i32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|11
            end
           end
           local.get $17
           i32.const 2
           i32.shl
           local.set $20
           loop $for-loop|12
            local.get $4
            local.get $10
            i32.gt_s
            if
             local.get $1
             local.get $8
             i32.const 2
             i32.shl
             i32.add
             local.set $21
             local.get $2
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             local.set $22
             local.get $3
             local.get $11
             i32.add
             local.set $23
             i32.const 0
             local.set $0
             local.get $19
             i32.const 1
             i32.eq
             local.get $18
             i32.const 1
             i32.eq
             i32.and
             if
              loop $for-loop|13
               local.get $0
               i32.const 4
               i32.add
               local.tee $5
               local.get $17
               i32.le_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $0
                local.get $23
                i32.add
                local.get $0
                local.get $21
                i32.add
                v128.load
                local.get $0
                local.get $22
                i32.add
                v128.load
                f32x4.sub
                v128.store
                local.get $5
                local.set $0
                br $for-loop|13
               end
              end
              loop $for-loop|14
               local.get $0
               local.get $17
               i32.lt_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $5
                local.get $23
                i32.add
                local.get $5
                local.get $21
                i32.add
                f32.load
                local.get $5
                local.get $22
                i32.add
                f32.load
                f32.sub
                f32.store
                local.get $0
                i32.const 1
                i32.add
                local.set $0
                br $for-loop|14
               end
              end
             else
              local.get $18
              i32.const 1
              i32.eq
              if
               local.get $22
               f32.load
               local.tee $7
               f32x4.splat
               local.set $6
               loop $for-loop|15
                local.get $0
                i32.const 4
                i32.add
                local.tee $5
                local.get $17
                i32.le_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $0
                 local.get $23
                 i32.add
                 local.get $0
                 local.get $21
                 i32.add
                 v128.load
                 local.get $6
                 f32x4.sub
                 v128.store
                 local.get $5
                 local.set $0
                 br $for-loop|15
                end
               end
               loop $for-loop|16
                local.get $0
                local.get $17
                i32.lt_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $5
                 local.get $23
                 i32.add
                 local.get $5
                 local.get $21
                 i32.add
                 f32.load
                 local.get $7
                 f32.sub
                 f32.store
                 local.get $0
                 i32.const 1
                 i32.add
                 local.set $0
                 br $for-loop|16
                end
               end
              else
               local.get $19
               i32.const 1
               i32.eq
               if
                local.get $21
                f32.load
                local.tee $7
                f32x4.splat
                local.set $6
                loop $for-loop|17
                 local.get $0
                 i32.const 4
                 i32.add
                 local.tee $5
                 local.get $17
                 i32.le_s
                 if
                  local.get $0
                  i32.const 2
                  i32.shl
                  local.tee $0
                  local.get $23
                  i32.add
                  local.get $6
                  local.get $0
                  local.get $22
                  i32.add
                  v128.load
                  f32x4.sub
                  v128.store
                  local.get $5
                  local.set $0
                  br $for-loop|17
                 end
                end
                loop $for-loop|18
                 local.get $0
                 local.get $17
                 i32.lt_s
                 if
                  local.get $0
                  i32.const 2
                  i32.shl
                  local.tee $5
                  local.get $23
                  i32.add
                  local.get $7
                  local.get $5
                  local.get $22
                  i32.add
                  f32.load
                  f32.sub
                  f32.store
                  local.get $0
                  i32.const 1
                  i32.add
                  local.set $0
                  br $for-loop|18
                 end
                end
               else
                local.get $21
                f32.load
                local.get $22
                f32.load
                f32.sub
                local.set $7
                loop $for-loop|19
                 local.get $0
                 local.get $17
                 i32.lt_s
                 if
                  local.get $23
                  local.get $0
                  i32.const 2
                  i32.shl
                  i32.add
                  local.get $7
                  f32.store
                  local.get $0
                  i32.const 1
                  i32.add
                  local.set $0
                  br $for-loop|19
                 end
                end
               end
              end
             end
             local.get $11
             local.get $20
             i32.add
             local.set $11
             local.get $13
             i32.const 2
             i32.sub
             local.set $0
             loop $for-loop|20
              local.get $0
              i32.const 0
              i32.ge_s
              if
               block $for-break20
                local.get $16
                local.get $0
                i32.const 2
                i32.shl
                local.tee $5
                i32.add
                local.tee $21
                i32.load
                i32.const 1
                i32.add
                local.set $22
                local.get $5
                local.get $14
                i32.add
                i32.load
                local.tee $23
                local.get $8
                i32.add
                local.set $8
                local.get $5
                local.get $15
                i32.add
                i32.load
                local.tee $24
                local.get $9
                i32.add
                local.set $9
                local.get $22
                local.get $5
                local.get $12
                i32.add
                i32.load
                i32.lt_s
                if
                 local.get $21
                 local.get $22
                 i32.store
                 br $for-break20
                end
                local.get $5
                local.get $16
                i32.add
                i32.const 0
                i32.store
                local.get $8
                local.get $22
                local.get $23
                i32.mul
                i32.sub
                local.set $8
                local.get $9
                local.get $22
                local.get $24
                i32.mul
                i32.sub
                local.set $9
                local.get $0
                i32.const 1
                i32.sub
                local.set $0
                br $for-loop|20
               end
              end
             end
             local.get $10
             i32.const 1
             i32.add
             local.set $10
             br $for-loop|12
            end
           end
           br $break|0
          end
          local.get $4
          i32.const 4
          i32.add
          local.tee $12
          local.get $4
          i32.load
          local.tee $13
          i32.const 2
          i32.shl
          local.tee $0
          i32.add
          local.tee $14
          local.get $0
          i32.add
          local.tee $15
          local.get $0
          i32.add
          local.set $16
          local.get $13
          i32.const 1
          i32.sub
          i32.const 2
          i32.shl
          local.tee $0
          local.get $12
          i32.add
          i32.load
          local.set $17
          local.get $0
          local.get $14
          i32.add
          i32.load
          local.set $18
          local.get $0
          local.get $15
          i32.add
          i32.load
          local.set $19
          i32.const 1
          local.set $4
          i32.const 0
          local.set $0
          loop $for-loop|21
           local.get $0
           local.get $13
           i32.const 1
           i32.sub
           i32.lt_s
           if
            local.get $4
            local.get $0
            i32.const 2
            i32.shl
            local.tee $5
            local.get $12
            i32.add
            i32.load
            i32.mul
            local.set $4
            local.get $5
            local.get $16
            i32.add
            i32.const 0
            i32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|21
           end
          end
          local.get $17
          i32.const 2
          i32.shl
          local.set $20
          loop $for-loop|22
           local.get $4
           local.get $10
           i32.gt_s
           if
            local.get $1
            local.get $8
            i32.const 2
            i32.shl
            i32.add
            local.set $21
            local.get $2
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            local.set $22
            local.get $3
            local.get $11
            i32.add
            local.set $23
            i32.const 0
            local.set $0
            local.get $19
            i32.const 1
            i32.eq
            local.get $18
            i32.const 1
            i32.eq
            i32.and
            if
             loop $for-loop|23
              local.get $0
              i32.const 4
              i32.add
              local.tee $5
              local.get $17
              i32.le_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $0
               local.get $23
               i32.add
               local.get $0
               local.get $21
               i32.add
               v128.load
               local.get $0
               local.get $22
               i32.add
               v128.load
               f32x4.mul
               v128.store
               local.get $5
               local.set $0
               br $for-loop|23
              end
             end
             loop $for-loop|24
              local.get $0
              local.get $17
              i32.lt_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $5
               local.get $23
               i32.add
               local.get $5
               local.get $21
               i32.add
               f32.load
               local.get $5
               local.get $22
               i32.add
               f32.load
               f32.mul
               f32.store
               local.get $0
               i32.const 1
               i32.add
               local.set $0
               br $for-loop|24
              end
             end
            else
             local.get $18
             i32.const 1
             i32.eq
             if
              local.get $22
              f32.load
              local.tee $7
              f32x4.splat
              local.set $6
              loop $for-loop|25
               local.get $0
               i32.const 4
               i32.add
               local.tee $5
               local.get $17
               i32.le_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $0
                local.get $23
                i32.add
                local.get $0
                local.get $21
                i32.add
                v128.load
                local.get $6
                f32x4.mul
                v128.store
                local.get $5
                local.set $0
                br $for-loop|25
               end
              end
              loop $for-loop|26
               local.get $0
               local.get $17
               i32.lt_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $5
                local.get $23
                i32.add
                local.get $5
                local.get $21
                i32.add
                f32.load
                local.get $7
                f32.mul
                f32.store
                local.get $0
                i32.const 1
                i32.add
                local.set $0
                br $for-loop|26
               end
              end
             else
              local.get $19
              i32.const 1
              i32.eq
              if
               local.get $21
               f32.load
               local.tee $7
               f32x4.splat
               local.set $6
               loop $for-loop|27
                local.get $0
                i32.const 4
                i32.add
                local.tee $5
                local.get $17
                i32.le_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $0
                 local.get $23
                 i32.add
                 local.get $6
                 local.get $0
                 local.get $22
                 i32.add
                 v128.load
                 f32x4.mul
                 v128.store
                 local.get $5
                 local.set $0
                 br $for-loop|27
                end
               end
               loop $for-loop|28
                local.get $0
                local.get $17
                i32.lt_s
                if
                 local.get $0
                 i32.const 2
                 i32.shl
                 local.tee $5
                 local.get $23
                 i32.add
                 local.get $7
                 local.get $5
                 local.get $22
                 i32.add
                 f32.load
                 f32.mul
                 f32.store
                 local.get $0
                 i32.const 1
                 i32.add
                 local.set $0
                 br $for-loop|28
                end
               end
              else
               local.get $21
               f32.load
               local.get $22
               f32.load
               f32.mul
               local.set $7
               loop $for-loop|29
                local.get $0
                local.get $17
                i32.lt_s
                if
                 local.get $23
                 local.get $0
                 i32.const 2
                 i32.shl
                 i32.add
                 local.get $7
                 f32.store
                 local.get $0
                 i32.const 1
                 i32.add
                 local.set $0
                 br $for-loop|29
                end
               end
              end
             end
            end
            local.get $11
            local.get $20
            i32.add
            local.set $11
            local.get $13
            i32.const 2
            i32.sub
            local.set $0
            loop $for-loop|30
             local.get $0
             i32.const 0
             i32.ge_s
             if
              block $for-break30
               local.get $16
               local.get $0
               i32.const 2
               i32.shl
               local.tee $5
               i32.add
               local.tee $21
               i32.load
               i32.const 1
               i32.add
               local.set $22
               local.get $5
               local.get $14
               i32.add
               i32.load
               local.tee $23
               local.get $8
               i32.add
               local.set $8
               local.get $5
               local.get $15
               i32.add
               i32.load
               local.tee $24
               local.get $9
               i32.add
               local.set $9
               local.get $22
               local.get $5
               local.get $12
               i32.add
               i32.load
               i32.lt_s
               if
                local.get $21
                local.get $22
                i32.store
                br $for-break30
               end
               local.get $5
               local.get $16
               i32.add
               i32.const 0
               i32.store
               local.get $8
               local.get $22
               local.get $23
               i32.mul
               i32.sub
               local.set $8
               local.get $9
               local.get $22
               local.get $24
               i32.mul
               i32.sub
               local.set $9
               local.get $0
               i32.const 1
               i32.sub
               local.set $0
               br $for-loop|30
              end
             end
            end
            local.get $10
            i32.const 1
            i32.add
            local.set $10
            br $for-loop|22
           end
          end
          br $break|0
         end
         local.get $4
         i32.const 4
         i32.add
         local.tee $12
         local.get $4
         i32.load
         local.tee $13
         i32.const 2
         i32.shl
         local.tee $0
         i32.add
         local.tee $14
         local.get $0
         i32.add
         local.tee $15
         local.get $0
         i32.add
         local.set $16
         local.get $13
         i32.const 1
         i32.sub
         i32.const 2
         i32.shl
         local.tee $0
         local.get $12
         i32.add
         i32.load
         local.set $17
         local.get $0
         local.get $14
         i32.add
         i32.load
         local.set $18
         local.get $0
         local.get $15
         i32.add
         i32.load
         local.set $19
         i32.const 1
         local.set $4
         i32.const 0
         local.set $0
         loop $for-loop|31
          local.get $0
          local.get $13
          i32.const 1
          i32.sub
          i32.lt_s
          if
           local.get $4
           local.get $0
           i32.const 2
           i32.shl
           local.tee $5
           local.get $12
           i32.add
           i32.load
           i32.mul
           local.set $4
           local.get $5
           local.get $16
           i32.add
           i32.const 0
           i32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|31
          end
         end
         local.get $17
         i32.const 2
         i32.shl
         local.set $20
         loop $for-loop|32
          local.get $4
          local.get $10
          i32.gt_s
          if
           local.get $1
           local.get $8
           i32.const 2
           i32.shl
           i32.add
           local.set $21
           local.get $2
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           local.set $22
           local.get $3
           local.get $11
           i32.add
           local.set $23
           i32.const 0
           local.set $0
           local.get $19
           i32.const 1
           i32.eq
           local.get $18
           i32.const 1
           i32.eq
           i32.and
           if
            loop $for-loop|33
             local.get $0
             i32.const 4
             i32.add
             local.tee $5
             local.get $17
             i32.le_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $0
              local.get $23
              i32.add
              local.get $0
              local.get $21
              i32.add
              v128.load
              local.get $0
              local.get $22
              i32.add
              v128.load
              f32x4.div
              v128.store
              local.get $5
              local.set $0
              br $for-loop|33
             end
            end
            loop $for-loop|34
             local.get $0
             local.get $17
             i32.lt_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $5
              local.get $23
              i32.add
              local.get $5
              local.get $21
              i32.add
              f32.load
              local.get $5
              local.get $22
              i32.add
              f32.load
              f32.div
              f32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|34
             end
            end
           else
            local.get $18
            i32.const 1
            i32.eq
            if
             local.get $22
             f32.load
             local.tee $7
             f32x4.splat
             local.set $6
             loop $for-loop|35
              local.get $0
              i32.const 4
              i32.add
              local.tee $5
              local.get $17
              i32.le_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $0
               local.get $23
               i32.add
               local.get $0
               local.get $21
               i32.add
               v128.load
               local.get $6
               f32x4.div
               v128.store
               local.get $5
               local.set $0
               br $for-loop|35
              end
             end
             loop $for-loop|36
              local.get $0
              local.get $17
              i32.lt_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $5
               local.get $23
               i32.add
               local.get $5
               local.get $21
               i32.add
               f32.load
               local.get $7
               f32.div
               f32.store
               local.get $0
               i32.const 1
               i32.add
               local.set $0
               br $for-loop|36
              end
             end
            else
             local.get $19
             i32.const 1
             i32.eq
             if
              local.get $21
              f32.load
              local.tee $7
              f32x4.splat
              local.set $6
              loop $for-loop|37
               local.get $0
               i32.const 4
               i32.add
               local.tee $5
               local.get $17
               i32.le_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $0
                local.get $23
                i32.add
                local.get $6
                local.get $0
                local.get $22
                i32.add
                v128.load
                f32x4.div
                v128.store
                local.get $5
                local.set $0
                br $for-loop|37
               end
              end
              loop $for-loop|38
               local.get $0
               local.get $17
               i32.lt_s
               if
                local.get $0
                i32.const 2
                i32.shl
                local.tee $5
                local.get $23
                i32.add
                local.get $7
                local.get $5
                local.get $22
                i32.add
                f32.load
                f32.div
                f32.store
                local.get $0
                i32.const 1
                i32.add
                local.set $0
                br $for-loop|38
               end
              end
             else
              local.get $21
              f32.load
              local.get $22
              f32.load
              f32.div
              local.set $7
              loop $for-loop|39
               local.get $0
               local.get $17
               i32.lt_s
               if
                local.get $23
                local.get $0
                i32.const 2
                i32.shl
                i32.add
                local.get $7
                f32.store
                local.get $0
                i32.const 1
                i32.add
                local.set $0
                br $for-loop|39
               end
              end
             end
            end
           end
           local.get $11
           local.get $20
           i32.add
           local.set $11
           local.get $13
           i32.const 2
           i32.sub
           local.set $0
           loop $for-loop|40
            local.get $0
            i32.const 0
            i32.ge_s
            if
             block $for-break40
              local.get $16
              local.get $0
              i32.const 2
              i32.shl
              local.tee $5
              i32.add
              local.tee $21
              i32.load
              i32.const 1
              i32.add
              local.set $22
              local.get $5
              local.get $14
              i32.add
              i32.load
              local.tee $23
              local.get $8
              i32.add
              local.set $8
              local.get $5
              local.get $15
              i32.add
              i32.load
              local.tee $24
              local.get $9
              i32.add
              local.set $9
              local.get $22
              local.get $5
              local.get $12
              i32.add
              i32.load
              i32.lt_s
              if
               local.get $21
               local.get $22
               i32.store
               br $for-break40
              end
              local.get $5
              local.get $16
              i32.add
              i32.const 0
              i32.store
              local.get $8
              local.get $22
              local.get $23
              i32.mul
              i32.sub
              local.set $8
              local.get $9
              local.get $22
              local.get $24
              i32.mul
              i32.sub
              local.set $9
              local.get $0
              i32.const 1
              i32.sub
              local.set $0
              br $for-loop|40
             end
            end
           end
           local.get $10
           i32.const 1
           i32.add
           local.set $10
           br $for-loop|32
          end
         end
         br $break|0
        end
        local.get $4
        i32.const 4
        i32.add
        local.tee $12
        local.get $4
        i32.load
        local.tee $13
        i32.const 2
        i32.shl
        local.tee $0
        i32.add
        local.tee $14
        local.get $0
        i32.add
        local.tee $15
        local.get $0
        i32.add
        local.set $16
        local.get $13
        i32.const 1
        i32.sub
        i32.const 2
        i32.shl
        local.tee $0
        local.get $12
        i32.add
        i32.load
        local.set $17
        local.get $0
        local.get $14
        i32.add
        i32.load
        local.set $18
        local.get $0
        local.get $15
        i32.add
        i32.load
        local.set $19
        i32.const 1
        local.set $4
        i32.const 0
        local.set $0
        loop $for-loop|41
         local.get $0
         local.get $13
         i32.const 1
         i32.sub
         i32.lt_s
         if
          local.get $4
          local.get $0
          i32.const 2
          i32.shl
          local.tee $5
          local.get $12
          i32.add
          i32.load
          i32.mul
          local.set $4
          local.get $5
          local.get $16
          i32.add
          i32.const 0
          i32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|41
         end
        end
        local.get $17
        i32.const 2
        i32.shl
        local.set $20
        loop $for-loop|42
         local.get $4
         local.get $10
         i32.gt_s
         if
          local.get $1
          local.get $8
          i32.const 2
          i32.shl
          i32.add
          local.set $21
          local.get $2
          local.get $9
          i32.const 2
          i32.shl
          i32.add
          local.set $22
          local.get $3
          local.get $11
          i32.add
          local.set $23
          i32.const 0
          local.set $0
          local.get $19
          i32.const 1
          i32.eq
          local.get $18
          i32.const 1
          i32.eq
          i32.and
          if
           loop $for-loop|43
            local.get $0
            i32.const 4
            i32.add
            local.tee $5
            local.get $17
            i32.le_s
            if
             local.get $0
             i32.const 2
             i32.shl
             local.tee $0
             local.get $23
             i32.add
             local.get $0
             local.get $21
             i32.add
             v128.load
             local.get $0
             local.get $22
             i32.add
             v128.load
             f32x4.max
             v128.store
             local.get $5
             local.set $0
             br $for-loop|43
            end
           end
           loop $for-loop|44
            local.get $0
            local.get $17
            i32.lt_s
            if
             local.get $0
             i32.const 2
             i32.shl
             local.tee $5
             local.get $23
             i32.add
             local.get $5
             local.get $21
             i32.add
             f32.load
             local.get $5
             local.get $22
             i32.add
             f32.load
             f32.max
             f32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|44
            end
           end
          else
           local.get $18
           i32.const 1
           i32.eq
           if
            local.get $22
            f32.load
            local.tee $7
            f32x4.splat
            local.set $6
            loop $for-loop|45
             local.get $0
             i32.const 4
             i32.add
             local.tee $5
             local.get $17
             i32.le_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $0
              local.get $23
              i32.add
              local.get $0
              local.get $21
              i32.add
              v128.load
              local.get $6
              f32x4.max
              v128.store
              local.get $5
              local.set $0
              br $for-loop|45
             end
            end
            loop $for-loop|46
             local.get $0
             local.get $17
             i32.lt_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $5
              local.get $23
              i32.add
              local.get $7
              local.get $5
              local.get $21
              i32.add
              f32.load
              f32.max
              f32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|46
             end
            end
           else
            local.get $19
            i32.const 1
            i32.eq
            if
             local.get $21
             f32.load
             local.tee $7
             f32x4.splat
             local.set $6
             loop $for-loop|47
              local.get $0
              i32.const 4
              i32.add
              local.tee $5
              local.get $17
              i32.le_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $0
               local.get $23
               i32.add
               local.get $6
               local.get $0
               local.get $22
               i32.add
               v128.load
               f32x4.max
               v128.store
               local.get $5
               local.set $0
               br $for-loop|47
              end
             end
             loop $for-loop|48
              local.get $0
              local.get $17
              i32.lt_s
              if
               local.get $0
               i32.const 2
               i32.shl
               local.tee $5
               local.get $23
               i32.add
               local.get $7
               local.get $5
               local.get $22
               i32.add
               f32.load
               f32.max
               f32.store
               local.get $0
               i32.const 1
               i32.add
               local.set $0
               br $for-loop|48
              end
             end
            else
             local.get $21
             f32.load
             local.get $22
             f32.load
             f32.max
             local.set $7
             loop $for-loop|49
              local.get $0
              local.get $17
              i32.lt_s
              if
               local.get $23
               local.get $0
               i32.const 2
               i32.shl
               i32.add
               local.get $7
               f32.store
               local.get $0
               i32.const 1
               i32.add
               local.set $0
               br $for-loop|49
              end
             end
            end
           end
          end
          local.get $11
          local.get $20
          i32.add
          local.set $11
          local.get $13
          i32.const 2
          i32.sub
          local.set $0
          loop $for-loop|50
           local.get $0
           i32.const 0
           i32.ge_s
           if
            block $for-break50
             local.get $16
             local.get $0
             i32.const 2
             i32.shl
             local.tee $5
             i32.add
             local.tee $21
             i32.load
             i32.const 1
             i32.add
             local.set $22
             local.get $5
             local.get $14
             i32.add
             i32.load
             local.tee $23
             local.get $8
             i32.add
             local.set $8
             local.get $5
             local.get $15
             i32.add
             i32.load
             local.tee $24
             local.get $9
             i32.add
             local.set $9
             local.get $22
             local.get $5
             local.get $12
             i32.add
             i32.load
             i32.lt_s
             if
              local.get $21
              local.get $22
              i32.store
              br $for-break50
             end
             local.get $5
             local.get $16
             i32.add
             i32.const 0
             i32.store
             local.get $8
             local.get $22
             local.get $23
             i32.mul
             i32.sub
             local.set $8
             local.get $9
             local.get $22
             local.get $24
             i32.mul
             i32.sub
             local.set $9
             local.get $0
             i32.const 1
             i32.sub
             local.set $0
             br $for-loop|50
            end
           end
          end
          local.get $10
          i32.const 1
          i32.add
          local.set $10
          br $for-loop|42
         end
        end
        br $break|0
       end
       local.get $4
       i32.const 4
       i32.add
       local.tee $12
       local.get $4
       i32.load
       local.tee $13
       i32.const 2
       i32.shl
       local.tee $0
       i32.add
       local.tee $14
       local.get $0
       i32.add
       local.tee $15
       local.get $0
       i32.add
       local.set $16
       local.get $13
       i32.const 1
       i32.sub
       i32.const 2
       i32.shl
       local.tee $0
       local.get $12
       i32.add
       i32.load
       local.set $17
       local.get $0
       local.get $14
       i32.add
       i32.load
       local.set $18
       local.get $0
       local.get $15
       i32.add
       i32.load
       local.set $19
       i32.const 1
       local.set $4
       i32.const 0
       local.set $0
       loop $for-loop|51
        local.get $0
        local.get $13
        i32.const 1
        i32.sub
        i32.lt_s
        if
         local.get $4
         local.get $0
         i32.const 2
         i32.shl
         local.tee $5
         local.get $12
         i32.add
         i32.load
         i32.mul
         local.set $4
         local.get $5
         local.get $16
         i32.add
         i32.const 0
         i32.store
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|51
        end
       end
       local.get $17
       i32.const 2
       i32.shl
       local.set $20
       loop $for-loop|52
        local.get $4
        local.get $10
        i32.gt_s
        if
         local.get $1
         local.get $8
         i32.const 2
         i32.shl
         i32.add
         local.set $21
         local.get $2
         local.get $9
         i32.const 2
         i32.shl
         i32.add
         local.set $22
         local.get $3
         local.get $11
         i32.add
         local.set $23
         i32.const 0
         local.set $0
         local.get $19
         i32.const 1
         i32.eq
         local.get $18
         i32.const 1
         i32.eq
         i32.and
         if
          loop $for-loop|53
           local.get $0
           i32.const 4
           i32.add
           local.tee $5
           local.get $17
           i32.le_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $0
            local.get $23
            i32.add
            local.get $0
            local.get $21
            i32.add
            v128.load
            local.get $0
            local.get $22
            i32.add
            v128.load
            f32x4.min
            v128.store
            local.get $5
            local.set $0
            br $for-loop|53
           end
          end
          loop $for-loop|54
           local.get $0
           local.get $17
           i32.lt_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $5
            local.get $23
            i32.add
            local.get $5
            local.get $21
            i32.add
            f32.load
            local.get $5
            local.get $22
            i32.add
            f32.load
            f32.min
            f32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|54
           end
          end
         else
          local.get $18
          i32.const 1
          i32.eq
          if
           local.get $22
           f32.load
           local.tee $7
           f32x4.splat
           local.set $6
           loop $for-loop|55
            local.get $0
            i32.const 4
            i32.add
            local.tee $5
            local.get $17
            i32.le_s
            if
             local.get $0
             i32.const 2
             i32.shl
             local.tee $0
             local.get $23
             i32.add
             local.get $0
             local.get $21
             i32.add
             v128.load
             local.get $6
             f32x4.min
             v128.store
             local.get $5
             local.set $0
             br $for-loop|55
            end
           end
           loop $for-loop|56
            local.get $0
            local.get $17
            i32.lt_s
            if
             local.get $0
             i32.const 2
             i32.shl
             local.tee $5
             local.get $23
             i32.add
             local.get $7
             local.get $5
             local.get $21
             i32.add
             f32.load
             f32.min
             f32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|56
            end
           end
          else
           local.get $19
           i32.const 1
           i32.eq
           if
            local.get $21
            f32.load
            local.tee $7
            f32x4.splat
            local.set $6
            loop $for-loop|57
             local.get $0
             i32.const 4
             i32.add
             local.tee $5
             local.get $17
             i32.le_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $0
              local.get $23
              i32.add
              local.get $6
              local.get $0
              local.get $22
              i32.add
              v128.load
              f32x4.min
              v128.store
              local.get $5
              local.set $0
              br $for-loop|57
             end
            end
            loop $for-loop|58
             local.get $0
             local.get $17
             i32.lt_s
             if
              local.get $0
              i32.const 2
              i32.shl
              local.tee $5
              local.get $23
              i32.add
              local.get $7
              local.get $5
              local.get $22
              i32.add
              f32.load
              f32.min
              f32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|58
             end
            end
           else
            local.get $21
            f32.load
            local.get $22
            f32.load
            f32.min
            local.set $7
            loop $for-loop|59
             local.get $0
             local.get $17
             i32.lt_s
             if
              local.get $23
              local.get $0
              i32.const 2
              i32.shl
              i32.add
              local.get $7
              f32.store
              local.get $0
              i32.const 1
              i32.add
              local.set $0
              br $for-loop|59
             end
            end
           end
          end
         end
         local.get $11
         local.get $20
         i32.add
         local.set $11
         local.get $13
         i32.const 2
         i32.sub
         local.set $0
         loop $for-loop|60
          local.get $0
          i32.const 0
          i32.ge_s
          if
           block $for-break60
            local.get $16
            local.get $0
            i32.const 2
            i32.shl
            local.tee $5
            i32.add
            local.tee $21
            i32.load
            i32.const 1
            i32.add
            local.set $22
            local.get $5
            local.get $14
            i32.add
            i32.load
            local.tee $23
            local.get $8
            i32.add
            local.set $8
            local.get $5
            local.get $15
            i32.add
            i32.load
            local.tee $24
            local.get $9
            i32.add
            local.set $9
            local.get $22
            local.get $5
            local.get $12
            i32.add
            i32.load
            i32.lt_s
            if
             local.get $21
             local.get $22
             i32.store
             br $for-break60
            end
            local.get $5
            local.get $16
            i32.add
            i32.const 0
            i32.store
            local.get $8
            local.get $22
            local.get $23
            i32.mul
            i32.sub
            local.set $8
            local.get $9
            local.get $22
            local.get $24
            i32.mul
            i32.sub
            local.set $9
            local.get $0
            i32.const 1
            i32.sub
            local.set $0
            br $for-loop|60
           end
          end
         end
         local.get $10
         i32.const 1
         i32.add
         local.set $10
         br $for-loop|52
        end
       end
       br $break|0
      end
      local.get $1
      local.set $5
      local.get $4
      i32.const 4
      i32.add
      local.tee $12
      local.get $4
      i32.load
      local.tee $13
      i32.const 2
      i32.shl
      local.tee $0
      i32.add
      local.tee $14
      local.get $0
      i32.add
      local.tee $15
      local.get $0
      i32.add
      local.set $16
      local.get $13
      i32.const 1
      i32.sub
      i32.const 2
      i32.shl
      local.tee $0
      local.get $12
      i32.add
      i32.load
      local.set $17
      local.get $0
      local.get $14
      i32.add
      i32.load
      local.set $18
      local.get $0
      local.get $15
      i32.add
      i32.load
      local.set $19
      i32.const 1
      local.set $4
      i32.const 0
      local.set $0
      loop $for-loop|61
       local.get $0
       local.get $13
       i32.const 1
       i32.sub
       i32.lt_s
       if
        local.get $4
        local.get $0
        i32.const 2
        i32.shl
        local.tee $1
        local.get $12
        i32.add
        i32.load
        i32.mul
        local.set $4
        local.get $1
        local.get $16
        i32.add
        i32.const 0
        i32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|61
       end
      end
      local.get $17
      i32.const 2
      i32.shl
      local.set $20
      loop $for-loop|62
       local.get $4
       local.get $10
       i32.gt_s
       if
        local.get $5
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.set $21
        local.get $2
        local.get $9
        i32.const 2
        i32.shl
        i32.add
        local.set $22
        local.get $3
        local.get $11
        i32.add
        local.set $23
        i32.const 0
        local.set $0
        local.get $19
        i32.const 1
        i32.eq
        local.get $18
        i32.const 1
        i32.eq
        i32.and
        if
         loop $for-loop|63
          local.get $0
          i32.const 4
          i32.add
          local.tee $1
          local.get $17
          i32.le_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $0
           local.get $21
           i32.add
           v128.load
           local.tee $6
           f32x4.abs
           local.tee $25
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.set $26
           local.get $25
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $25
           local.get $26
           v128.bitselect
           local.tee $27
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.set $28
           local.get $27
           v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $27
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $29
           local.get $27
           local.get $27
           local.get $29
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $27
           local.get $27
           f32x4.mul
           local.set $30
           local.get $0
           local.get $22
           i32.add
           v128.load
           local.tee $31
           local.get $25
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           local.get $28
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           i32x4.sub
           local.get $28
           local.get $26
           v128.bitselect
           local.get $29
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           local.get $27
           local.get $30
           v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $27
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.relaxed_madd
           local.get $27
           f32x4.mul
           local.get $30
           f32x4.mul
           f32x4.relaxed_madd
           f32x4.relaxed_madd
           f32x4.add
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           v128.bitselect
           local.get $25
           local.get $25
           f32x4.ne
           v128.bitselect
           f32x4.mul
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           local.tee $25
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $26
           local.get $0
           local.get $23
           i32.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $25
           local.get $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $25
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.relaxed_madd
           local.get $25
           local.get $25
           f32x4.mul
           local.get $25
           f32x4.relaxed_madd
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $26
           i32x4.trunc_sat_f32x4_s
           local.tee $25
           i32.const 1
           i32x4.shr_s
           local.tee $26
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $25
           local.get $26
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $25
           f32x4.neg
           local.get $25
           local.get $6
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           local.tee $6
           local.get $31
           f32x4.trunc
           local.get $31
           f32x4.eq
           local.tee $25
           local.get $31
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.mul
           local.tee $26
           f32x4.trunc
           local.get $26
           f32x4.eq
           v128.andnot
           v128.and
           v128.bitselect
           local.get $6
           local.get $25
           v128.andnot
           v128.bitselect
           local.get $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           v128.store
           local.get $1
           local.set $0
           br $for-loop|63
          end
         end
         loop $for-loop|64
          local.get $0
          local.get $17
          i32.lt_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $1
           local.get $21
           i32.add
           f32.load
           f32x4.splat
           local.tee $6
           f32x4.abs
           local.tee $25
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.set $26
           local.get $25
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $25
           local.get $26
           v128.bitselect
           local.tee $27
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.set $28
           local.get $27
           v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $27
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $29
           local.get $27
           local.get $27
           local.get $29
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $27
           local.get $27
           f32x4.mul
           local.set $30
           local.get $1
           local.get $22
           i32.add
           f32.load
           f32x4.splat
           local.tee $31
           local.get $25
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           local.get $28
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           i32x4.sub
           local.get $28
           local.get $26
           v128.bitselect
           local.get $29
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           local.get $27
           local.get $30
           v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $27
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.relaxed_madd
           local.get $27
           f32x4.mul
           local.get $30
           f32x4.mul
           f32x4.relaxed_madd
           f32x4.relaxed_madd
           f32x4.add
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           v128.bitselect
           local.get $25
           local.get $25
           f32x4.ne
           v128.bitselect
           f32x4.mul
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           local.tee $25
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $26
           local.get $1
           local.get $23
           i32.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $25
           local.get $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $25
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.relaxed_madd
           local.get $25
           local.get $25
           f32x4.mul
           local.get $25
           f32x4.relaxed_madd
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $26
           i32x4.trunc_sat_f32x4_s
           local.tee $25
           i32.const 1
           i32x4.shr_s
           local.tee $26
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $25
           local.get $26
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $25
           f32x4.neg
           local.get $25
           local.get $6
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           local.tee $6
           local.get $31
           f32x4.trunc
           local.get $31
           f32x4.eq
           local.tee $25
           local.get $31
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.mul
           local.tee $26
           f32x4.trunc
           local.get $26
           f32x4.eq
           v128.andnot
           v128.and
           v128.bitselect
           local.get $6
           local.get $25
           v128.andnot
           v128.bitselect
           local.get $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           f32x4.extract_lane 0
           f32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|64
          end
         end
        else
         local.get $18
         i32.const 1
         i32.eq
         if
          local.get $22
          f32.load
          local.tee $7
          f32x4.splat
          local.set $6
          loop $for-loop|65
           local.get $0
           i32.const 4
           i32.add
           local.tee $1
           local.get $17
           i32.le_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $0
            local.get $21
            i32.add
            v128.load
            local.tee $25
            f32x4.abs
            local.tee $26
            v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
            f32x4.lt
            local.set $27
            local.get $26
            v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
            f32x4.mul
            local.get $26
            local.get $27
            v128.bitselect
            local.tee $28
            i32.const 23
            i32x4.shr_u
            v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
            i32x4.sub
            local.set $29
            local.get $28
            v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
            v128.and
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            v128.or
            local.tee $28
            v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
            f32x4.lt
            local.set $30
            local.get $28
            local.get $28
            local.get $30
            v128.and
            f32x4.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            f32x4.sub
            local.tee $28
            local.get $28
            f32x4.mul
            local.set $31
            local.get $6
            local.get $26
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
            v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
            local.get $29
            v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
            i32x4.sub
            local.get $29
            local.get $27
            v128.bitselect
            local.get $30
            i32x4.add
            f32x4.convert_i32x4_s
            local.tee $27
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            local.get $28
            local.get $31
            v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
            local.get $27
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
            local.get $28
            v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
            f32x4.relaxed_madd
            local.get $28
            v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
            f32x4.relaxed_madd
            local.get $28
            f32x4.mul
            local.get $31
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.relaxed_madd
            f32x4.add
            f32x4.relaxed_madd
            local.get $26
            v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
            f32x4.eq
            v128.bitselect
            local.get $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            v128.bitselect
            local.get $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.lt
            v128.bitselect
            local.get $26
            local.get $26
            f32x4.ne
            v128.bitselect
            f32x4.mul
            v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
            f32x4.max
            v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
            f32x4.min
            local.tee $26
            v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
            f32x4.mul
            f32x4.nearest
            local.set $27
            local.get $0
            local.get $23
            i32.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
            local.get $26
            local.get $27
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            f32x4.mul
            f32x4.sub
            local.get $27
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            f32x4.mul
            f32x4.sub
            local.tee $26
            v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
            f32x4.relaxed_madd
            local.get $26
            v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
            f32x4.relaxed_madd
            local.get $26
            v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
            f32x4.relaxed_madd
            local.get $26
            v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
            f32x4.relaxed_madd
            local.get $26
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.relaxed_madd
            local.get $26
            local.get $26
            f32x4.mul
            local.get $26
            f32x4.relaxed_madd
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            f32x4.add
            local.get $27
            i32x4.trunc_sat_f32x4_s
            local.tee $26
            i32.const 1
            i32x4.shr_s
            local.tee $27
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.get $26
            local.get $27
            i32x4.sub
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.tee $26
            f32x4.neg
            local.get $26
            local.get $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.lt
            local.tee $25
            local.get $6
            f32x4.trunc
            local.get $6
            f32x4.eq
            local.tee $26
            local.get $6
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            local.tee $27
            f32x4.trunc
            local.get $27
            f32x4.eq
            v128.andnot
            v128.and
            v128.bitselect
            local.get $25
            local.get $26
            v128.andnot
            v128.bitselect
            local.get $6
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            v128.bitselect
            v128.store
            local.get $1
            local.set $0
            br $for-loop|65
           end
          end
          loop $for-loop|66
           local.get $0
           local.get $17
           i32.lt_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $1
            local.get $21
            i32.add
            f32.load
            f32x4.splat
            local.tee $6
            f32x4.abs
            local.tee $25
            v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
            f32x4.lt
            local.set $26
            local.get $25
            v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
            f32x4.mul
            local.get $25
            local.get $26
            v128.bitselect
            local.tee $27
            i32.const 23
            i32x4.shr_u
            v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
            i32x4.sub
            local.set $28
            local.get $27
            v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
            v128.and
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            v128.or
            local.tee $27
            v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
            f32x4.lt
            local.set $29
            local.get $27
            local.get $27
            local.get $29
            v128.and
            f32x4.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            f32x4.sub
            local.tee $27
            local.get $27
            f32x4.mul
            local.set $30
            local.get $7
            f32x4.splat
            local.tee $31
            local.get $25
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
            v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
            local.get $28
            v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
            i32x4.sub
            local.get $28
            local.get $26
            v128.bitselect
            local.get $29
            i32x4.add
            f32x4.convert_i32x4_s
            local.tee $26
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            local.get $27
            local.get $30
            v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
            local.get $26
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
            local.get $27
            v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
            f32x4.relaxed_madd
            local.get $27
            v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
            f32x4.relaxed_madd
            local.get $27
            f32x4.mul
            local.get $30
            f32x4.mul
            f32x4.relaxed_madd
            f32x4.relaxed_madd
            f32x4.add
            f32x4.relaxed_madd
            local.get $25
            v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
            f32x4.eq
            v128.bitselect
            local.get $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            v128.bitselect
            local.get $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.lt
            v128.bitselect
            local.get $25
            local.get $25
            f32x4.ne
            v128.bitselect
            f32x4.mul
            v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
            f32x4.max
            v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
            f32x4.min
            local.tee $25
            v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
            f32x4.mul
            f32x4.nearest
            local.set $26
            local.get $1
            local.get $23
            i32.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
            local.get $25
            local.get $26
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            f32x4.mul
            f32x4.sub
            local.get $26
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            f32x4.mul
            f32x4.sub
            local.tee $25
            v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
            f32x4.relaxed_madd
            local.get $25
            v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
            f32x4.relaxed_madd
            local.get $25
            v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
            f32x4.relaxed_madd
            local.get $25
            v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
            f32x4.relaxed_madd
            local.get $25
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.relaxed_madd
            local.get $25
            local.get $25
            f32x4.mul
            local.get $25
            f32x4.relaxed_madd
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            f32x4.add
            local.get $26
            i32x4.trunc_sat_f32x4_s
            local.tee $25
            i32.const 1
            i32x4.shr_s
            local.tee $26
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.get $25
            local.get $26
            i32x4.sub
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.tee $25
            f32x4.neg
            local.get $25
            local.get $6
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.lt
            local.tee $6
            local.get $31
            f32x4.trunc
            local.get $31
            f32x4.eq
            local.tee $25
            local.get $31
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            local.tee $26
            f32x4.trunc
            local.get $26
            f32x4.eq
            v128.andnot
            v128.and
            v128.bitselect
            local.get $6
            local.get $25
            v128.andnot
            v128.bitselect
            local.get $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            v128.bitselect
            f32x4.extract_lane 0
            f32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|66
           end
          end
         else
          local.get $19
          i32.const 1
          i32.eq
          if
           local.get $21
           f32.load
           local.tee $7
           f32x4.splat
           local.set $6
           loop $for-loop|67
            local.get $0
            i32.const 4
            i32.add
            local.tee $1
            local.get $17
            i32.le_s
            if
             local.get $6
             f32x4.abs
             local.tee $25
             v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
             f32x4.lt
             local.set $26
             local.get $25
             v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
             f32x4.mul
             local.get $25
             local.get $26
             v128.bitselect
             local.tee $27
             i32.const 23
             i32x4.shr_u
             v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
             i32x4.sub
             local.set $28
             local.get $27
             v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
             v128.and
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             v128.or
             local.tee $27
             v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
             f32x4.lt
             local.set $29
             local.get $27
             local.get $27
             local.get $29
             v128.and
             f32x4.add
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             f32x4.sub
             local.tee $27
             local.get $27
             f32x4.mul
             local.set $30
             local.get $0
             i32.const 2
             i32.shl
             local.tee $0
             local.get $22
             i32.add
             v128.load
             local.tee $31
             local.get $25
             v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
             v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
             v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
             local.get $28
             v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
             i32x4.sub
             local.get $28
             local.get $26
             v128.bitselect
             local.get $29
             i32x4.add
             f32x4.convert_i32x4_s
             local.tee $26
             v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
             local.get $27
             local.get $30
             v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
             local.get $26
             v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
             v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
             local.get $27
             v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
             f32x4.relaxed_madd
             local.get $27
             f32x4.mul
             local.get $30
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.relaxed_madd
             f32x4.add
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
             f32x4.eq
             v128.bitselect
             local.get $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.eq
             v128.bitselect
             local.get $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.lt
             v128.bitselect
             local.get $25
             local.get $25
             f32x4.ne
             v128.bitselect
             f32x4.mul
             v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
             f32x4.max
             v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
             f32x4.min
             local.tee $25
             v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
             f32x4.mul
             f32x4.nearest
             local.set $26
             local.get $0
             local.get $23
             i32.add
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
             v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
             local.get $25
             local.get $26
             v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
             f32x4.mul
             f32x4.sub
             local.get $26
             v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
             f32x4.mul
             f32x4.sub
             local.tee $25
             v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             f32x4.relaxed_madd
             local.get $25
             local.get $25
             f32x4.mul
             local.get $25
             f32x4.relaxed_madd
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             f32x4.add
             local.get $26
             i32x4.trunc_sat_f32x4_s
             local.tee $25
             i32.const 1
             i32x4.shr_s
             local.tee $26
             v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
             i32x4.add
             i32.const 23
             i32x4.shl
             f32x4.mul
             local.get $25
             local.get $26
             i32x4.sub
             v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
             i32x4.add
             i32.const 23
             i32x4.shl
             f32x4.mul
             local.tee $25
             f32x4.neg
             local.get $25
             local.get $6
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.lt
             local.tee $25
             local.get $31
             f32x4.trunc
             local.get $31
             f32x4.eq
             local.tee $26
             local.get $31
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             f32x4.mul
             local.tee $27
             f32x4.trunc
             local.get $27
             f32x4.eq
             v128.andnot
             v128.and
             v128.bitselect
             local.get $25
             local.get $26
             v128.andnot
             v128.bitselect
             local.get $31
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.eq
             v128.bitselect
             v128.store
             local.get $1
             local.set $0
             br $for-loop|67
            end
           end
           loop $for-loop|68
            local.get $0
            local.get $17
            i32.lt_s
            if
             local.get $7
             f32x4.splat
             local.tee $6
             f32x4.abs
             local.tee $25
             v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
             f32x4.lt
             local.set $26
             local.get $25
             v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
             f32x4.mul
             local.get $25
             local.get $26
             v128.bitselect
             local.tee $27
             i32.const 23
             i32x4.shr_u
             v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
             i32x4.sub
             local.set $28
             local.get $27
             v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
             v128.and
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             v128.or
             local.tee $27
             v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
             f32x4.lt
             local.set $29
             local.get $27
             local.get $27
             local.get $29
             v128.and
             f32x4.add
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             f32x4.sub
             local.tee $27
             local.get $27
             f32x4.mul
             local.set $30
             local.get $0
             i32.const 2
             i32.shl
             local.tee $1
             local.get $22
             i32.add
             f32.load
             f32x4.splat
             local.tee $31
             local.get $25
             v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
             v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
             v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
             local.get $28
             v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
             i32x4.sub
             local.get $28
             local.get $26
             v128.bitselect
             local.get $29
             i32x4.add
             f32x4.convert_i32x4_s
             local.tee $26
             v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
             local.get $27
             local.get $30
             v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
             local.get $26
             v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
             v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
             local.get $27
             v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
             f32x4.relaxed_madd
             local.get $27
             v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
             f32x4.relaxed_madd
             local.get $27
             f32x4.mul
             local.get $30
             f32x4.mul
             f32x4.relaxed_madd
             f32x4.relaxed_madd
             f32x4.add
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
             f32x4.eq
             v128.bitselect
             local.get $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.eq
             v128.bitselect
             local.get $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.lt
             v128.bitselect
             local.get $25
             local.get $25
             f32x4.ne
             v128.bitselect
             f32x4.mul
             v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
             f32x4.max
             v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
             f32x4.min
             local.tee $25
             v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
             f32x4.mul
             f32x4.nearest
             local.set $26
             local.get $1
             local.get $23
             i32.add
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
             v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
             local.get $25
             local.get $26
             v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
             f32x4.mul
             f32x4.sub
             local.get $26
             v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
             f32x4.mul
             f32x4.sub
             local.tee $25
             v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
             f32x4.relaxed_madd
             local.get $25
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             f32x4.relaxed_madd
             local.get $25
             local.get $25
             f32x4.mul
             local.get $25
             f32x4.relaxed_madd
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             f32x4.add
             local.get $26
             i32x4.trunc_sat_f32x4_s
             local.tee $25
             i32.const 1
             i32x4.shr_s
             local.tee $26
             v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
             i32x4.add
             i32.const 23
             i32x4.shl
             f32x4.mul
             local.get $25
             local.get $26
             i32x4.sub
             v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
             i32x4.add
             i32.const 23
             i32x4.shl
             f32x4.mul
             local.tee $25
             f32x4.neg
             local.get $25
             local.get $6
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.lt
             local.tee $6
             local.get $31
             f32x4.trunc
             local.get $31
             f32x4.eq
             local.tee $25
             local.get $31
             v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
             f32x4.mul
             local.tee $26
             f32x4.trunc
             local.get $26
             f32x4.eq
             v128.andnot
             v128.and
             v128.bitselect
             local.get $6
             local.get $25
             v128.andnot
             v128.bitselect
             local.get $31
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.eq
             v128.bitselect
             f32x4.extract_lane 0
             f32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|68
            end
           end
          else
           local.get $21
           f32.load
           f32x4.splat
           local.tee $6
           f32x4.abs
           local.tee $25
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.set $26
           local.get $25
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $25
           local.get $26
           v128.bitselect
           local.tee $27
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.set $28
           local.get $27
           v128.const i32x4 0x807fffff 0x807fffff 0x807fffff 0x807fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $27
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $29
           local.get $27
           local.get $27
           local.get $29
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $27
           local.get $27
           f32x4.mul
           local.set $30
           local.get $22
           f32.load
           f32x4.splat
           local.tee $31
           local.get $25
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           local.get $28
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           i32x4.sub
           local.get $28
           local.get $26
           v128.bitselect
           local.get $29
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           local.get $27
           local.get $30
           v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $27
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.relaxed_madd
           local.get $27
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.relaxed_madd
           local.get $27
           f32x4.mul
           local.get $30
           f32x4.mul
           f32x4.relaxed_madd
           f32x4.relaxed_madd
           f32x4.add
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           local.get $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           v128.bitselect
           local.get $25
           local.get $25
           f32x4.ne
           v128.bitselect
           f32x4.mul
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           local.tee $25
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $26
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $25
           local.get $26
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $26
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $25
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.relaxed_madd
           local.get $25
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.relaxed_madd
           local.get $25
           local.get $25
           f32x4.mul
           local.get $25
           f32x4.relaxed_madd
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $26
           i32x4.trunc_sat_f32x4_s
           local.tee $25
           i32.const 1
           i32x4.shr_s
           local.tee $26
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $25
           local.get $26
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $25
           f32x4.neg
           local.get $25
           local.get $6
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.lt
           local.tee $6
           local.get $31
           f32x4.trunc
           local.get $31
           f32x4.eq
           local.tee $25
           local.get $31
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.mul
           local.tee $26
           f32x4.trunc
           local.get $26
           f32x4.eq
           v128.andnot
           v128.and
           v128.bitselect
           local.get $6
           local.get $25
           v128.andnot
           v128.bitselect
           local.get $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           f32x4.extract_lane 0
           local.set $7
           loop $for-loop|69
            local.get $0
            local.get $17
            i32.lt_s
            if
             local.get $23
             local.get $0
             i32.const 2
             i32.shl
             i32.add
             local.get $7
             f32.store
             local.get $0
             i32.const 1
             i32.add
             local.set $0
             br $for-loop|69
            end
           end
          end
         end
        end
        local.get $11
        local.get $20
        i32.add
        local.set $11
        local.get $13
        i32.const 2
        i32.sub
        local.set $0
        loop $for-loop|70
         local.get $0
         i32.const 0
         i32.ge_s
         if
          block $for-break70
           local.get $16
           local.get $0
           i32.const 2
           i32.shl
           local.tee $1
           i32.add
           local.tee $21
           i32.load
           i32.const 1
           i32.add
           local.set $22
           local.get $1
           local.get $14
           i32.add
           i32.load
           local.tee $23
           local.get $8
           i32.add
           local.set $8
           local.get $1
           local.get $15
           i32.add
           i32.load
           local.tee $24
           local.get $9
           i32.add
           local.set $9
           local.get $22
           local.get $1
           local.get $12
           i32.add
           i32.load
           i32.lt_s
           if
            local.get $21
            local.get $22
            i32.store
            br $for-break70
           end
           local.get $1
           local.get $16
           i32.add
           i32.const 0
           i32.store
           local.get $8
           local.get $22
           local.get $23
           i32.mul
           i32.sub
           local.set $8
           local.get $9
           local.get $22
           local.get $24
           i32.mul
           i32.sub
           local.set $9
           local.get $0
           i32.const 1
           i32.sub
           local.set $0
           br $for-loop|70
          end
         end
        end
        local.get $10
        i32.const 1
        i32.add
        local.set $10
        br $for-loop|62
       end
      end
      br $break|0
     end
     local.get $1
     local.set $5
     local.get $4
     i32.const 4
     i32.add
     local.tee $12
     local.get $4
     i32.load
     local.tee $13
     i32.const 2
     i32.shl
     local.tee $0
     i32.add
     local.tee $14
     local.get $0
     i32.add
     local.tee $15
     local.get $0
     i32.add
     local.set $16
     local.get $13
     i32.const 1
     i32.sub
     i32.const 2
     i32.shl
     local.tee $0
     local.get $12
     i32.add
     i32.load
     local.set $17
     local.get $0
     local.get $14
     i32.add
     i32.load
     local.set $18
     local.get $0
     local.get $15
     i32.add
     i32.load
     local.set $19
     i32.const 1
     local.set $4
     i32.const 0
     local.set $0
     loop $for-loop|71
      local.get $0
      local.get $13
      i32.const 1
      i32.sub
      i32.lt_s
      if
       local.get $4
       local.get $0
       i32.const 2
       i32.shl
       local.tee $1
       local.get $12
       i32.add
       i32.load
       i32.mul
       local.set $4
       local.get $1
       local.get $16
       i32.add
       i32.const 0
       i32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|71
      end
     end
     local.get $17
     i32.const 2
     i32.shl
     local.set $20
     loop $for-loop|72
      local.get $4
      local.get $10
      i32.gt_s
      if
       local.get $5
       local.get $8
       i32.const 2
       i32.shl
       i32.add
       local.set $21
       local.get $2
       local.get $9
       i32.const 2
       i32.shl
       i32.add
       local.set $22
       local.get $3
       local.get $11
       i32.add
       local.set $23
       i32.const 0
       local.set $0
       local.get $19
       i32.const 1
       i32.eq
       local.get $18
       i32.const 1
       i32.eq
       i32.and
       if
        loop $for-loop|73
         local.get $0
         i32.const 4
         i32.add
         local.tee $1
         local.get $17
         i32.le_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $0
          local.get $21
          i32.add
          v128.load
          local.set $6
          local.get $0
          local.get $23
          i32.add
          local.get $6
          local.get $0
          local.get $22
          i32.add
          v128.load
          f32x4.sub
          local.tee $6
          local.get $6
          f32x4.mul
          v128.store
          local.get $1
          local.set $0
          br $for-loop|73
         end
        end
        loop $for-loop|74
         local.get $0
         local.get $17
         i32.lt_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $1
          local.get $23
          i32.add
          local.get $1
          local.get $21
          i32.add
          f32.load
          local.get $1
          local.get $22
          i32.add
          f32.load
          f32.sub
          local.tee $7
          local.get $7
          f32.mul
          f32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|74
         end
        end
       else
        local.get $18
        i32.const 1
        i32.eq
        if
         local.get $22
         f32.load
         local.tee $7
         f32x4.splat
         local.set $6
         loop $for-loop|75
          local.get $0
          i32.const 4
          i32.add
          local.tee $1
          local.get $17
          i32.le_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $0
           local.get $21
           i32.add
           v128.load
           local.get $6
           f32x4.sub
           local.set $25
           local.get $0
           local.get $23
           i32.add
           local.get $25
           local.get $25
           f32x4.mul
           v128.store
           local.get $1
           local.set $0
           br $for-loop|75
          end
         end
         loop $for-loop|76
          local.get $0
          local.get $17
          i32.lt_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $1
           local.get $23
           i32.add
           local.get $1
           local.get $21
           i32.add
           f32.load
           local.get $7
           f32.sub
           local.tee $32
           local.get $32
           f32.mul
           f32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|76
          end
         end
        else
         local.get $19
         i32.const 1
         i32.eq
         if
          local.get $21
          f32.load
          local.tee $7
          f32x4.splat
          local.set $6
          loop $for-loop|77
           local.get $0
           i32.const 4
           i32.add
           local.tee $1
           local.get $17
           i32.le_s
           if
            local.get $6
            local.get $0
            i32.const 2
            i32.shl
            local.tee $0
            local.get $22
            i32.add
            v128.load
            f32x4.sub
            local.set $25
            local.get $0
            local.get $23
            i32.add
            local.get $25
            local.get $25
            f32x4.mul
            v128.store
            local.get $1
            local.set $0
            br $for-loop|77
           end
          end
          loop $for-loop|78
           local.get $0
           local.get $17
           i32.lt_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $1
            local.get $23
            i32.add
            local.get $7
            local.get $1
            local.get $22
            i32.add
            f32.load
            f32.sub
            local.tee $32
            local.get $32
            f32.mul
            f32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|78
           end
          end
         else
          local.get $21
          f32.load
          local.get $22
          f32.load
          f32.sub
          local.tee $7
          local.get $7
          f32.mul
          local.set $7
          loop $for-loop|79
           local.get $0
           local.get $17
           i32.lt_s
           if
            local.get $23
            local.get $0
            i32.const 2
            i32.shl
            i32.add
            local.get $7
            f32.store
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|79
           end
          end
         end
        end
       end
       local.get $11
       local.get $20
       i32.add
       local.set $11
       local.get $13
       i32.const 2
       i32.sub
       local.set $0
       loop $for-loop|80
        local.get $0
        i32.const 0
        i32.ge_s
        if
         block $for-break80
          local.get $16
          local.get $0
          i32.const 2
          i32.shl
          local.tee $1
          i32.add
          local.tee $21
          i32.load
          i32.const 1
          i32.add
          local.set $22
          local.get $1
          local.get $14
          i32.add
          i32.load
          local.tee $23
          local.get $8
          i32.add
          local.set $8
          local.get $1
          local.get $15
          i32.add
          i32.load
          local.tee $24
          local.get $9
          i32.add
          local.set $9
          local.get $22
          local.get $1
          local.get $12
          i32.add
          i32.load
          i32.lt_s
          if
           local.get $21
           local.get $22
           i32.store
           br $for-break80
          end
          local.get $1
          local.get $16
          i32.add
          i32.const 0
          i32.store
          local.get $8
          local.get $22
          local.get $23
          i32.mul
          i32.sub
          local.set $8
          local.get $9
          local.get $22
          local.get $24
          i32.mul
          i32.sub
          local.set $9
          local.get $0
          i32.const 1
          i32.sub
          local.set $0
          br $for-loop|80
         end
        end
       end
       local.get $10
       i32.const 1
       i32.add
       local.set $10
       br $for-loop|72
      end
     end
     br $break|0
    end
    local.get $4
    i32.const 4
    i32.add
    local.tee $12
    local.get $4
    i32.load
    local.tee $13
    i32.const 2
    i32.shl
    local.tee $0
    i32.add
    local.tee $14
    local.get $0
    i32.add
    local.tee $15
    local.get $0
    i32.add
    local.set $16
    local.get $13
    i32.const 1
    i32.sub
    i32.const 2
    i32.shl
    local.tee $0
    local.get $12
    i32.add
    i32.load
    local.set $17
    local.get $0
    local.get $14
    i32.add
    i32.load
    local.set $18
    local.get $0
    local.get $15
    i32.add
    i32.load
    local.set $19
    i32.const 1
    local.set $4
    i32.const 0
    local.set $0
    loop $for-loop|81
     local.get $0
     local.get $13
     i32.const 1
     i32.sub
     i32.lt_s
     if
      local.get $4
      local.get $0
      i32.const 2
      i32.shl
      local.tee $5
      local.get $12
      i32.add
      i32.load
      i32.mul
      local.set $4
      local.get $5
      local.get $16
      i32.add
      i32.const 0
      i32.store
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|81
     end
    end
    local.get $17
    i32.const 2
    i32.shl
    local.set $20
    loop $for-loop|82
     local.get $4
     local.get $10
     i32.gt_s
     if
      local.get $1
      local.get $8
      i32.const 2
      i32.shl
      i32.add
      local.set $21
      local.get $2
      local.get $9
      i32.const 2
      i32.shl
      i32.add
      local.set $22
      local.get $3
      local.get $11
      i32.add
      local.set $23
      i32.const 0
      local.set $0
      local.get $19
      i32.const 1
      i32.eq
      local.get $18
      i32.const 1
      i32.eq
      i32.and
      if
       loop $for-loop|83
        local.get $0
        i32.const 4
        i32.add
        local.tee $5
        local.get $17
        i32.le_s
        if
         local.get $0
         i32.const 2
         i32.shl
         local.tee $0
         local.get $23
         i32.add
         local.get $0
         local.get $21
         i32.add
         v128.load
         local.get $0
         local.get $22
         i32.add
         v128.load
         f32x4.div
         f32x4.floor
         v128.store
         local.get $5
         local.set $0
         br $for-loop|83
        end
       end
       loop $for-loop|84
        local.get $0
        local.get $17
        i32.lt_s
        if
         local.get $0
         i32.const 2
         i32.shl
         local.tee $5
         local.get $23
         i32.add
         local.get $5
         local.get $21
         i32.add
         f32.load
         local.get $5
         local.get $22
         i32.add
         f32.load
         f32.div
         f32.floor
         f32.store
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|84
        end
       end
      else
       local.get $18
       i32.const 1
       i32.eq
       if
        local.get $22
        f32.load
        local.tee $7
        f32x4.splat
        local.set $6
        loop $for-loop|85
         local.get $0
         i32.const 4
         i32.add
         local.tee $5
         local.get $17
         i32.le_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $0
          local.get $23
          i32.add
          local.get $0
          local.get $21
          i32.add
          v128.load
          local.get $6
          f32x4.div
          f32x4.floor
          v128.store
          local.get $5
          local.set $0
          br $for-loop|85
         end
        end
        loop $for-loop|86
         local.get $0
         local.get $17
         i32.lt_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $5
          local.get $23
          i32.add
          local.get $5
          local.get $21
          i32.add
          f32.load
          local.get $7
          f32.div
          f32.floor
          f32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|86
         end
        end
       else
        local.get $19
        i32.const 1
        i32.eq
        if
         local.get $21
         f32.load
         local.tee $7
         f32x4.splat
         local.set $6
         loop $for-loop|87
          local.get $0
          i32.const 4
          i32.add
          local.tee $5
          local.get $17
          i32.le_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $0
           local.get $23
           i32.add
           local.get $6
           local.get $0
           local.get $22
           i32.add
           v128.load
           f32x4.div
           f32x4.floor
           v128.store
           local.get $5
           local.set $0
           br $for-loop|87
          end
         end
         loop $for-loop|88
          local.get $0
          local.get $17
          i32.lt_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $5
           local.get $23
           i32.add
           local.get $7
           local.get $5
           local.get $22
           i32.add
           f32.load
           f32.div
           f32.floor
           f32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|88
          end
         end
        else
         local.get $21
         f32.load
         local.get $22
         f32.load
         f32.div
         f32.floor
         local.set $7
         loop $for-loop|89
          local.get $0
          local.get $17
          i32.lt_s
          if
           local.get $23
           local.get $0
           i32.const 2
           i32.shl
           i32.add
           local.get $7
           f32.store
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|89
          end
         end
        end
       end
      end
      local.get $11
      local.get $20
      i32.add
      local.set $11
      local.get $13
      i32.const 2
      i32.sub
      local.set $0
      loop $for-loop|90
       local.get $0
       i32.const 0
       i32.ge_s
       if
        block $for-break90
         local.get $16
         local.get $0
         i32.const 2
         i32.shl
         local.tee $5
         i32.add
         local.tee $21
         i32.load
         i32.const 1
         i32.add
         local.set $22
         local.get $5
         local.get $14
         i32.add
         i32.load
         local.tee $23
         local.get $8
         i32.add
         local.set $8
         local.get $5
         local.get $15
         i32.add
         i32.load
         local.tee $24
         local.get $9
         i32.add
         local.set $9
         local.get $22
         local.get $5
         local.get $12
         i32.add
         i32.load
         i32.lt_s
         if
          local.get $21
          local.get $22
          i32.store
          br $for-break90
         end
         local.get $5
         local.get $16
         i32.add
         i32.const 0
         i32.store
         local.get $8
         local.get $22
         local.get $23
         i32.mul
         i32.sub
         local.set $8
         local.get $9
         local.get $22
         local.get $24
         i32.mul
         i32.sub
         local.set $9
         local.get $0
         i32.const 1
         i32.sub
         local.set $0
         br $for-loop|90
        end
       end
      end
      local.get $10
      i32.const 1
      i32.add
      local.set $10
      br $for-loop|82
     end
    end
    br $break|0
   end
   local.get $1
   local.set $5
   local.get $4
   i32.const 4
   i32.add
   local.tee $12
   local.get $4
   i32.load
   local.tee $13
   i32.const 2
   i32.shl
   local.tee $0
   i32.add
   local.tee $14
   local.get $0
   i32.add
   local.tee $15
   local.get $0
   i32.add
   local.set $16
   local.get $13
   i32.const 1
   i32.sub
   i32.const 2
   i32.shl
   local.tee $0
   local.get $12
   i32.add
   i32.load
   local.set $17
   local.get $0
   local.get $14
   i32.add
   i32.load
   local.set $18
   local.get $0
   local.get $15
   i32.add
   i32.load
   local.set $19
   i32.const 1
   local.set $4
   i32.const 0
   local.set $0
   loop $for-loop|91
    local.get $0
    local.get $13
    i32.const 1
    i32.sub
    i32.lt_s
    if
     local.get $4
     local.get $0
     i32.const 2
     i32.shl
     local.tee $1
     local.get $12
     i32.add
     i32.load
     i32.mul
     local.set $4
     local.get $1
     local.get $16
     i32.add
     i32.const 0
     i32.store
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|91
    end
   end
   local.get $17
   i32.const 2
   i32.shl
   local.set $20
   loop $for-loop|92
    local.get $4
    local.get $10
    i32.gt_s
    if
     local.get $5
     local.get $8
     i32.const 2
     i32.shl
     i32.add
     local.set $21
     local.get $2
     local.get $9
     i32.const 2
     i32.shl
     i32.add
     local.set $22
     local.get $3
     local.get $11
     i32.add
     local.set $23
     i32.const 0
     local.set $0
     local.get $19
     i32.const 1
     i32.eq
     local.get $18
     i32.const 1
     i32.eq
     i32.and
     if
      loop $for-loop|93
       local.get $0
       i32.const 4
       i32.add
       local.tee $1
       local.get $17
       i32.le_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $0
        local.get $21
        i32.add
        v128.load
        local.set $6
        local.get $0
        local.get $23
        i32.add
        local.get $6
        local.get $6
        local.get $0
        local.get $22
        i32.add
        v128.load
        local.tee $6
        f32x4.div
        f32x4.trunc
        local.get $6
        f32x4.mul
        f32x4.sub
        local.tee $25
        local.get $6
        f32x4.add
        local.get $25
        local.get $25
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.lt
        local.get $6
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.lt
        v128.xor
        local.get $25
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.ne
        v128.and
        v128.bitselect
        v128.store
        local.get $1
        local.set $0
        br $for-loop|93
       end
      end
      loop $for-loop|94
       local.get $0
       local.get $17
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $1
        local.get $21
        i32.add
        f32.load
        local.set $7
        local.get $1
        local.get $23
        i32.add
        local.get $7
        local.get $7
        local.get $1
        local.get $22
        i32.add
        f32.load
        local.tee $7
        f32.div
        f32.trunc
        local.get $7
        f32.mul
        f32.sub
        local.tee $32
        local.get $7
        f32.add
        local.get $32
        local.get $32
        f32.const 0
        f32.ne
        if (result i32)
         local.get $32
         f32.const 0
         f32.lt
         local.get $7
         f32.const 0
         f32.lt
         i32.ne
        else
         i32.const 0
        end
        select
        f32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|94
       end
      end
     else
      local.get $18
      i32.const 1
      i32.eq
      if
       local.get $22
       f32.load
       local.tee $7
       f32x4.splat
       local.set $6
       loop $for-loop|95
        local.get $0
        i32.const 4
        i32.add
        local.tee $1
        local.get $17
        i32.le_s
        if
         local.get $0
         i32.const 2
         i32.shl
         local.tee $0
         local.get $21
         i32.add
         v128.load
         local.tee $25
         local.get $6
         f32x4.div
         local.set $26
         local.get $0
         local.get $23
         i32.add
         local.get $25
         local.get $26
         f32x4.trunc
         local.get $6
         f32x4.mul
         f32x4.sub
         local.tee $25
         local.get $6
         f32x4.add
         local.get $25
         local.get $25
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         local.get $6
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         v128.xor
         local.get $25
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.ne
         v128.and
         v128.bitselect
         v128.store
         local.get $1
         local.set $0
         br $for-loop|95
        end
       end
       loop $for-loop|96
        local.get $0
        local.get $17
        i32.lt_s
        if
         local.get $0
         i32.const 2
         i32.shl
         local.tee $1
         local.get $21
         i32.add
         f32.load
         local.set $32
         local.get $1
         local.get $23
         i32.add
         local.get $32
         local.get $32
         local.get $7
         f32.div
         f32.trunc
         local.get $7
         f32.mul
         f32.sub
         local.tee $32
         local.get $7
         f32.add
         local.get $32
         local.get $32
         f32.const 0
         f32.ne
         if (result i32)
          local.get $32
          f32.const 0
          f32.lt
          local.get $7
          f32.const 0
          f32.lt
          i32.ne
         else
          i32.const 0
         end
         select
         f32.store
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|96
        end
       end
      else
       local.get $19
       i32.const 1
       i32.eq
       if
        local.get $21
        f32.load
        local.tee $32
        f32x4.splat
        local.set $6
        loop $for-loop|97
         local.get $0
         i32.const 4
         i32.add
         local.tee $1
         local.get $17
         i32.le_s
         if
          local.get $6
          local.get $6
          local.get $0
          i32.const 2
          i32.shl
          local.tee $0
          local.get $22
          i32.add
          v128.load
          local.tee $25
          f32x4.div
          f32x4.trunc
          local.get $25
          f32x4.mul
          f32x4.sub
          local.set $26
          local.get $0
          local.get $23
          i32.add
          local.get $26
          local.get $25
          f32x4.add
          local.get $26
          local.get $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          local.get $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          v128.xor
          local.get $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.ne
          v128.and
          v128.bitselect
          v128.store
          local.get $1
          local.set $0
          br $for-loop|97
         end
        end
        loop $for-loop|98
         local.get $0
         local.get $17
         i32.lt_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $1
          local.get $22
          i32.add
          f32.load
          local.set $33
          local.get $1
          local.get $23
          i32.add
          local.get $32
          local.get $32
          local.get $33
          f32.div
          f32.trunc
          local.get $33
          f32.mul
          f32.sub
          local.tee $7
          local.get $33
          f32.add
          local.get $7
          local.get $7
          f32.const 0
          f32.ne
          if (result i32)
           local.get $7
           f32.const 0
           f32.lt
           local.get $33
           f32.const 0
           f32.lt
           i32.ne
          else
           i32.const 0
          end
          select
          f32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|98
         end
        end
       else
        local.get $21
        f32.load
        local.tee $7
        local.get $7
        local.get $22
        f32.load
        local.tee $7
        f32.div
        f32.trunc
        local.get $7
        f32.mul
        f32.sub
        local.tee $32
        local.get $7
        f32.add
        local.get $32
        local.get $32
        f32.const 0
        f32.ne
        if (result i32)
         local.get $32
         f32.const 0
         f32.lt
         local.get $7
         f32.const 0
         f32.lt
         i32.ne
        else
         i32.const 0
        end
        select
        local.set $7
        loop $for-loop|99
         local.get $0
         local.get $17
         i32.lt_s
         if
          local.get $23
          local.get $0
          i32.const 2
          i32.shl
          i32.add
          local.get $7
          f32.store
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|99
         end
        end
       end
      end
     end
     local.get $11
     local.get $20
     i32.add
     local.set $11
     local.get $13
     i32.const 2
     i32.sub
     local.set $0
     loop $for-loop|100
      local.get $0
      i32.const 0
      i32.ge_s
      if
       block $for-break100
        local.get $16
        local.get $0
        i32.const 2
        i32.shl
        local.tee $1
        i32.add
        local.tee $21
        i32.load
        i32.const 1
        i32.add
        local.set $22
        local.get $1
        local.get $14
        i32.add
        i32.load
        local.tee $23
        local.get $8
        i32.add
        local.set $8
        local.get $1
        local.get $15
        i32.add
        i32.load
        local.tee $24
        local.get $9
        i32.add
        local.set $9
        local.get $22
        local.get $1
        local.get $12
        i32.add
        i32.load
        i32.lt_s
        if
         local.get $21
         local.get $22
         i32.store
         br $for-break100
        end
        local.get $1
        local.get $16
        i32.add
        i32.const 0
        i32.store
        local.get $8
        local.get $22
        local.get $23
        i32.mul
        i32.sub
        local.set $8
        local.get $9
        local.get $22
        local.get $24
        i32.mul
        i32.sub
        local.set $9
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $for-loop|100
       end
      end
     end
     local.get $10
     i32.const 1
     i32.add
     local.set $10
     br $for-loop|92
    end
   end
  end
 )
)
