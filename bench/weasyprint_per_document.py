#!/usr/bin/python3
"""WeasyPrint's time per document once it is running: renders HTML_FILE to
PDF REPS times in one process (after one warm-up) and prints the mean
seconds per document, wall and CPU (user + system: what else runs on the
machine does not count in it). The process start and imports are left
out, as they are for clusterpack inside a build.

Usage: weasyprint_per_document.py HTML_FILE OUT_PDF [REPS]
"""
import sys
import time

from weasyprint import HTML


def main():
    html_file, out_pdf = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    HTML(filename=html_file).write_pdf(out_pdf)  # warm-up: fonts, caches
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(reps):
        HTML(filename=html_file).write_pdf(out_pdf)
    print(f"{(time.perf_counter() - wall) / reps:.3f} {(time.process_time() - cpu) / reps:.3f}")


if __name__ == "__main__":
    main()
