//! HEIC photos (an iPhone's default format) through the system's libheif (Debian: `libheif1`), loaded
//! the first time a HEIC photo comes in. Nothing is needed at build time: where libheif is missing, a HEIC
//! photo is refused with a message that says what to install or how to send the photo instead.
//!
//! Only the brightness plane is taken (a HEIC photo is YCbCr, like a JPEG). The size is checked against
//! the limits from the file's own header (its `ispe` property) before anything is decoded, and the
//! decoded plane must have that size. Decoding happens in memory (`heif_context_read_from_memory_without_copy`).
//!
//! With [`Limits::heic_helper`] set (the web server sets it to the `amparo` binary), the decoding runs in
//! a process of its own, `amparo heic-to-pgm`: the photo goes in on its standard input, a PGM comes back
//! on its standard output, within the OCR time limit, so that a fault in libheif cannot take the server
//! down (as Tesseract runs apart). The command line decodes in its own process, which is one-shot anyway.
//!
//! The C API used is that of libheif 1.x (`heif.h`): the functions below have kept their signatures since
//! 1.0, and the library is opened by its stable soname, `libheif.so.1`.
#![allow(unsafe_code)] // The one module that needs it: libheif's C API, loaded with dlopen.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::OnceLock;

use image::GrayImage;

use crate::DocumentError;
use crate::intake::{Limits, check_size};

/// `struct heif_error` (`heif.h`): returned by value.
#[repr(C)]
struct HeifError {
    code: c_int,
    subcode: c_int,
    message: *const c_char,
}

// `heif.h` enums, as C ints.
const HEIF_COLORSPACE_YCBCR: c_int = 0;
const HEIF_CHROMA_420: c_int = 1;
const HEIF_CHANNEL_Y: c_int = 0;

type ContextAlloc = unsafe extern "C" fn() -> *mut c_void;
type ContextFree = unsafe extern "C" fn(*mut c_void);
type ReadFromMemory = unsafe extern "C" fn(*mut c_void, *const c_void, usize, *const c_void) -> HeifError;
type PrimaryHandle = unsafe extern "C" fn(*mut c_void, *mut *mut c_void) -> HeifError;
type HandleSize = unsafe extern "C" fn(*const c_void) -> c_int;
type HandleRelease = unsafe extern "C" fn(*const c_void);
type DecodeImage = unsafe extern "C" fn(*const c_void, *mut *mut c_void, c_int, c_int, *const c_void) -> HeifError;
type PlaneSize = unsafe extern "C" fn(*const c_void, c_int) -> c_int;
type PlaneReadonly = unsafe extern "C" fn(*const c_void, c_int, *mut c_int) -> *const u8;
type ImageRelease = unsafe extern "C" fn(*const c_void);

/// The functions of libheif this module calls, resolved once.
struct Libheif {
    context_alloc: ContextAlloc,
    context_free: ContextFree,
    read_from_memory: ReadFromMemory,
    primary_handle: PrimaryHandle,
    handle_width: HandleSize,
    handle_height: HandleSize,
    handle_release: HandleRelease,
    decode_image: DecodeImage,
    image_width: PlaneSize,
    image_height: PlaneSize,
    plane_readonly: PlaneReadonly,
    image_release: ImageRelease,
    // Kept open for the life of the process: the function pointers above point into it.
    _library: libloading::Library,
}

/// libheif, or why it could not be opened.
fn libheif() -> Result<&'static Libheif, &'static str> {
    static LIB: OnceLock<Result<Libheif, String>> = OnceLock::new();
    LIB.get_or_init(open).as_ref().map_err(String::as_str)
}

fn open() -> Result<Libheif, String> {
    // SAFETY: opening libheif runs its initialisers, which only set up its plug-in registry.
    let library = unsafe { libloading::Library::new("libheif.so.1") }.map_err(|e| e.to_string())?;
    // SAFETY: each symbol is looked up by its `heif.h` name and given the type `heif.h` declares for it.
    unsafe {
        macro_rules! sym {
            ($name:literal) => {
                *library
                    .get(concat!($name, "\0").as_bytes())
                    .map_err(|e| e.to_string())?
            };
        }
        Ok(Libheif {
            context_alloc: sym!("heif_context_alloc"),
            context_free: sym!("heif_context_free"),
            read_from_memory: sym!("heif_context_read_from_memory_without_copy"),
            primary_handle: sym!("heif_context_get_primary_image_handle"),
            handle_width: sym!("heif_image_handle_get_width"),
            handle_height: sym!("heif_image_handle_get_height"),
            handle_release: sym!("heif_image_handle_release"),
            decode_image: sym!("heif_decode_image"),
            image_width: sym!("heif_image_get_width"),
            image_height: sym!("heif_image_get_height"),
            plane_readonly: sym!("heif_image_get_plane_readonly"),
            image_release: sym!("heif_image_release"),
            _library: library,
        })
    }
}

/// Whether HEIC photos can be read on this machine.
pub fn available() -> bool {
    libheif().is_ok()
}

/// libheif's message for an error, or `None` when the call succeeded (code 0).
fn failure(e: &HeifError) -> Option<String> {
    if e.code == 0 {
        return None;
    }
    let message = if e.message.is_null() {
        String::new()
    } else {
        // SAFETY: libheif documents `message` as always defined: a NUL-terminated static string.
        unsafe { CStr::from_ptr(e.message) }.to_string_lossy().into_owned()
    };
    Some(format!("{message} (libheif error {}.{})", e.code, e.subcode))
}

/// Frees what libheif allocated, in reverse order, however decoding ends.
struct Owned<'a> {
    lib: &'a Libheif,
    context: *mut c_void,
    handle: *mut c_void,
    image: *mut c_void,
}

impl Drop for Owned<'_> {
    fn drop(&mut self) {
        // SAFETY: each pointer is null or was returned by the matching libheif call and not freed.
        unsafe {
            if !self.image.is_null() {
                (self.lib.image_release)(self.image);
            }
            if !self.handle.is_null() {
                (self.lib.handle_release)(self.handle);
            }
            if !self.context.is_null() {
                (self.lib.context_free)(self.context);
            }
        }
    }
}

/// A HEIC photo's brightness plane, upright (libheif applies the file's rotation and mirroring): in a
/// helper process when [`Limits::heic_helper`] names one, else here.
pub(crate) fn decode_grey(bytes: &[u8], limits: &Limits) -> Result<GrayImage, DocumentError> {
    match limits.heic_helper {
        Some(program) => decode_in_helper(program, bytes, limits),
        None => decode_here(bytes, limits),
    }
}

/// The helper's side: decode standard input's HEIC within the limits given, write the brightness plane as
/// a binary PGM to `out`, or return the error, which [`helper_error_line`] turns into one line for the
/// caller (`decode_in_helper`) to turn back into the same error.
pub fn helper_main(input: &[u8], limits: &Limits, out: &mut impl std::io::Write) -> Result<(), DocumentError> {
    let grey = decode_here(input, limits)?;
    crate::process::write_pgm(&grey, out).map_err(|e| DocumentError::OcrFailed(e.to_string()))
}

/// One line describing a helper's error, read back by `decode_in_helper`.
pub fn helper_error_line(e: &DocumentError) -> String {
    match e {
        DocumentError::TooManyPixels { width, height, limit } => format!("pixels\t{width}\t{height}\t{limit}"),
        DocumentError::Unsupported(_) => "unsupported".to_owned(),
        // The message only: the caller wraps it in `BadImage` again.
        DocumentError::BadImage(m) => format!("bad\t{}", m.replace(['\n', '\t'], " ")),
        other => format!("bad\t{}", other.to_string().replace(['\n', '\t'], " ")),
    }
}

/// Run `program heic-to-pgm --max-pixels N --max-side N` with the photo on its standard input, within the
/// OCR time limit; read the PGM it writes (no larger than the limits allow) or the error line it prints.
fn decode_in_helper(program: &std::path::Path, bytes: &[u8], limits: &Limits) -> Result<GrayImage, DocumentError> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let child = Command::new(program)
        .args(["heic-to-pgm", "--max-pixels"])
        .arg(limits.max_pixels.to_string())
        .arg("--max-side")
        .arg(limits.max_side.to_string())
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| DocumentError::OcrFailed(format!("could not start the HEIC decoder: {e}")))?;
    let done = crate::process::run_piped(
        child,
        |stdin| {
            let _ = stdin.write_all(bytes);
        },
        limits.max_pixels + 64,
        limits.ocr_time,
        "decoding the HEIC photo",
    )?;
    let (status, out, err) = (done.status, done.stdout, done.stderr);
    if !status.success() {
        let line = err.lines().next().unwrap_or_default();
        let mut f = line.split('\t');
        return Err(match (f.next(), f.next(), f.next(), f.next()) {
            (Some("pixels"), Some(w), Some(h), Some(l)) => DocumentError::TooManyPixels {
                width: w.parse().unwrap_or(0),
                height: h.parse().unwrap_or(0),
                limit: l.parse().unwrap_or(limits.max_pixels),
            },
            (Some("unsupported"), ..) => DocumentError::Unsupported(UNAVAILABLE),
            (Some("bad"), Some(m), ..) => DocumentError::BadImage(m.to_owned()),
            // A crash or a kill: no line.
            _ => DocumentError::BadImage(format!("HEIC: the decoder stopped ({status})")),
        });
    }
    pgm_grey(&out, limits)
}

/// A binary PGM (`P5 W H 255`, one byte a pixel) within the limits.
fn pgm_grey(pgm: &[u8], limits: &Limits) -> Result<GrayImage, DocumentError> {
    let bad = || DocumentError::BadImage("HEIC: the decoder's output was not an image".into());
    let mut fields = Vec::with_capacity(4);
    let mut at = 0;
    while fields.len() < 4 {
        while pgm.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let start = at;
        while pgm.get(at).is_some_and(|c| !c.is_ascii_whitespace()) {
            at += 1;
        }
        fields.push(std::str::from_utf8(&pgm[start..at]).map_err(|_| bad())?);
    }
    let pixels = pgm.get(at + 1..).ok_or_else(bad)?;
    let (Ok(w), Ok(h)) = (fields[1].parse::<u32>(), fields[2].parse::<u32>()) else {
        return Err(bad());
    };
    if fields[0] != "P5" || fields[3] != "255" {
        return Err(bad());
    }
    check_size(w, h, limits)?;
    if pixels.len() != w as usize * h as usize {
        return Err(bad());
    }
    GrayImage::from_raw(w, h, pixels.to_vec()).ok_or_else(bad)
}

/// Decode in this process.
fn decode_here(bytes: &[u8], limits: &Limits) -> Result<GrayImage, DocumentError> {
    let lib = libheif().map_err(|_| DocumentError::Unsupported(UNAVAILABLE))?;
    let bad = |m: String| DocumentError::BadImage(format!("HEIC: {m}"));
    let mut o = Owned {
        lib,
        context: std::ptr::null_mut(),
        handle: std::ptr::null_mut(),
        image: std::ptr::null_mut(),
    };
    // SAFETY: the calls follow `heif.h`: a context from `heif_context_alloc`; the input buffer outlives
    // the context (`o` is dropped before this function returns and `bytes` is borrowed for all of it);
    // out-pointers point to fields of `o`, freed by its `Drop`; the plane is read within its stride ×
    // height, both given by libheif, while the image is alive.
    unsafe {
        o.context = (lib.context_alloc)();
        if o.context.is_null() {
            return Err(bad("out of memory".into()));
        }
        let e = (lib.read_from_memory)(o.context, bytes.as_ptr().cast(), bytes.len(), std::ptr::null());
        if let Some(m) = failure(&e) {
            return Err(bad(m));
        }
        let e = (lib.primary_handle)(o.context, &mut o.handle);
        if let Some(m) = failure(&e) {
            return Err(bad(m));
        }
        let (w, h) = ((lib.handle_width)(o.handle), (lib.handle_height)(o.handle));
        let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h)) else {
            return Err(bad("no image size".into()));
        };
        check_size(w, h, limits)?;
        let e = (lib.decode_image)(
            o.handle,
            &mut o.image,
            HEIF_COLORSPACE_YCBCR,
            HEIF_CHROMA_420,
            std::ptr::null(),
        );
        if let Some(m) = failure(&e) {
            return Err(bad(m));
        }
        // The decoded plane is the header's size, turned a quarter or not (libheif applies the file's
        // rotation; the pixel count is what the limits bound).
        let (pw, ph) = (
            (lib.image_width)(o.image, HEIF_CHANNEL_Y),
            (lib.image_height)(o.image, HEIF_CHANNEL_Y),
        );
        let (Ok(pw), Ok(ph)) = (u32::try_from(pw), u32::try_from(ph)) else {
            return Err(bad("the decoded image has no size".into()));
        };
        if (pw, ph) != (w, h) && (pw, ph) != (h, w) {
            return Err(bad("the decoded image's size does not match its header".into()));
        }
        let (w, h) = (pw, ph);
        let mut stride: c_int = 0;
        let plane = (lib.plane_readonly)(o.image, HEIF_CHANNEL_Y, &mut stride);
        let stride = usize::try_from(stride).unwrap_or(0);
        if plane.is_null() || stride < w as usize {
            return Err(bad("the image has no brightness plane".into()));
        }
        let mut grey = Vec::with_capacity(w as usize * h as usize);
        for y in 0..h as usize {
            let row = std::slice::from_raw_parts(plane.add(y * stride), w as usize);
            grey.extend_from_slice(row);
        }
        GrayImage::from_raw(w, h, grey).ok_or_else(|| bad("the image's size does not match".into()))
    }
}

const UNAVAILABLE: &str = "HEIC photos cannot be read on this machine (install libheif: Debian's libheif1); take the photo as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) or send a screenshot";
