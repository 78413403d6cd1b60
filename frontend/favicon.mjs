// Draws the site's favicon: a dark rounded square with a white "P".
//
// Writes favicon.svg and a 32x32 favicon.ico (holding one PNG). The PNG's
// pixel data is stored uncompressed (deflate "stored" blocks) rather than run
// through zlib, so the bytes are the same on every machine and Node version.
//
// Run on its own with `node favicon.mjs`; build.mjs also calls it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SIZE = 32
const RADIUS = 6
const DARK = [0x0b, 0x0c, 0x0c]
const WHITE = [0xff, 0xff, 0xff]

// The "P", in a 32 by 32 box: a stem plus a bowl, with a counter cut out.
// favicon.svg draws the same shape as a path.
const STEM = { left: 9.5, right: 14.5, top: 7, bottom: 25 }
const BOWL = { left: 9.5, right: 16.5, top: 7, bottom: 19, cx: 16.5, cy: 13, r: 6 }
const COUNTER = { left: 14.5, right: 16.5, top: 10.5, bottom: 15.5, cx: 16.5, cy: 13, r: 2.5 }

export const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
  `<rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="#0b0c0c"/>` +
  '<path fill="#fff" fill-rule="evenodd" d="' +
  `M${STEM.left} ${STEM.top}H${BOWL.cx}A${BOWL.r} ${BOWL.r} 0 0 1 ${BOWL.cx} ${BOWL.bottom}` +
  `H${STEM.right}V${STEM.bottom}H${STEM.left}Z` +
  `M${COUNTER.left} ${COUNTER.top}H${COUNTER.cx}A${COUNTER.r} ${COUNTER.r} 0 0 1 ${COUNTER.cx} ${COUNTER.bottom}` +
  `H${COUNTER.left}Z"/></svg>\n`

function inRect (x, y, r) {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
}

// A rectangle with a half disc on its right-hand side.
function inD (x, y, d) {
  if (inRect(x, y, d)) return true
  return x >= d.cx && (x - d.cx) ** 2 + (y - d.cy) ** 2 <= d.r ** 2
}

function inLetter (x, y) {
  return inRect(x, y, STEM) || (inD(x, y, BOWL) && !inD(x, y, COUNTER))
}

function inRoundedSquare (x, y) {
  const nearestX = Math.min(Math.max(x, RADIUS), SIZE - RADIUS)
  const nearestY = Math.min(Math.max(y, RADIUS), SIZE - RADIUS)
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 <= RADIUS ** 2
}

// RGBA pixels, anti-aliased with 4 x 4 samples per pixel.
function pixels () {
  const GRID = 4
  const out = Buffer.alloc(SIZE * SIZE * 4)
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let dark = 0
      let light = 0
      for (let sy = 0; sy < GRID; sy++) {
        for (let sx = 0; sx < GRID; sx++) {
          const x = px + (sx + 0.5) / GRID
          const y = py + (sy + 0.5) / GRID
          if (!inRoundedSquare(x, y)) continue
          if (inLetter(x, y)) light++
          else dark++
        }
      }
      const covered = dark + light
      const i = (py * SIZE + px) * 4
      if (covered === 0) continue
      for (let c = 0; c < 3; c++) {
        out[i + c] = Math.round((dark * DARK[c] + light * WHITE[c]) / covered)
      }
      out[i + 3] = Math.round((covered * 255) / (GRID * GRID))
    }
  }
  return out
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32 (bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function adler32 (bytes) {
  let a = 1
  let b = 0
  for (const byte of bytes) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

// A zlib stream made of uncompressed ("stored") deflate blocks.
function zlibStored (data) {
  const parts = [Buffer.from([0x78, 0x01])]
  for (let offset = 0; offset === 0 || offset < data.length; offset += 65535) {
    const block = data.subarray(offset, offset + 65535)
    const header = Buffer.alloc(5)
    header[0] = offset + 65535 >= data.length ? 1 : 0
    header.writeUInt16LE(block.length, 1)
    header.writeUInt16LE(~block.length & 0xffff, 3)
    parts.push(header, block)
  }
  const check = Buffer.alloc(4)
  check.writeUInt32BE(adler32(data))
  parts.push(check)
  return Buffer.concat(parts)
}

function chunk (type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function png () {
  const rgba = pixels()
  const rows = []
  for (let y = 0; y < SIZE; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

export function ico () {
  const image = png()
  const header = Buffer.alloc(6 + 16)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(SIZE, 6) // width
  header.writeUInt8(SIZE, 7) // height
  header.writeUInt8(0, 8) // no palette
  header.writeUInt8(0, 9) // reserved
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(image.length, 14)
  header.writeUInt32LE(header.length, 18) // offset of the image
  return Buffer.concat([header, image])
}

export function writeFavicons (staticDir) {
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(join(staticDir, 'favicon.ico'), ico())
  writeFileSync(join(staticDir, 'favicon.svg'), SVG)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staticDir = fileURLToPath(new URL('../src/main/resources/static/', import.meta.url))
  writeFavicons(staticDir)
  console.log(`Wrote favicon.ico and favicon.svg to ${staticDir}`)
}
