#!/bin/sh
# Write the synthetic specimen corpus (text, PDF, photo-like JPEG) to DIR and print the accuracy report.
#
#   scripts/specimens/generate.sh /tmp/specimens          # text + PDF (fast)
#   PHOTOS=12 scripts/specimens/generate.sh /tmp/specimens  # + 12 photos per kind through Tesseract (~2.5 min)
#
# The generator is Rust (crates/specimens/src/specimen.rs for the content, crates/specimens/src/render.rs
# for PDF and photo rendering), so tests, benchmarks, fuzz seeds and this script share one corpus.
# THE LAYOUTS ARE INVENTED from general knowledge of these papers, not copied from verified specimens:
# see docs/warrant-check.md. Photos need: tesseract-ocr tesseract-ocr-eng fonts-dejavu-core (Debian).
# Do not commit the generated files; they are rebuilt in a second.
set -eu
dir=${1:?usage: generate.sh DIR}
cargo run --release -q -p amparo-documents --example accuracy -- --write "$dir" --photos "${PHOTOS:-0}"
