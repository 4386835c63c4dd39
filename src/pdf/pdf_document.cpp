// render_pdf reads as the backend's pipeline: measure, lay out the
// sections, paginate, put the cover and contents in front (now that every
// heading's page is known), add headers and footers (now that the page
// count is known), then draw into libharu and save.
#include "pdf/pdf_document.h"

#include <memory>

#include <ctime>
#include <utility>

#include "pdf/pdf_contents.h"
#include "pdf/pdf_draw.h"
#include "pdf/pdf_fonts.h"
#include "pdf/pdf_furniture.h"
#include "pdf/pdf_internals.h"
#include "pdf/pdf_laid_out.h"
#include "pdf/pdf_metadata.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_paginate.h"
#include "pdf/pdf_structure.h"

namespace cp {

namespace {

using Anchors = std::map<std::string, AnchorPosition>;

// "#id" links point into the same document: scoped to this section's
// headings, since every document of a pack may have a "#membership".
void scope_internal_links(std::vector<Slice>& slices, size_t from, const std::string& scope) {
  for (size_t i = from; i < slices.size(); ++i)
    for (auto& link : slices[i].ops.links)
      if (link.uri.size() > 1 && link.uri[0] == '#') {
        link.anchor = scope + link.uri;
        link.uri.clear();
      }
}

// Each document of a pack is a Sect of the structure tree.
void section_slices(const PdfSection& section, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out) {
  TagScope sect(ctx.tags, "Sect");
  size_t start = out.size();
  ctx.anchor_scope = "s" + std::to_string(ctx.next_anchor++);
  if (!section.title.empty()) out.push_back(heading_slice(plain_runs(section.title, Face::Bold), 1, 0, frame, ctx));
  layout_blocks(section.body, frame, ctx, out);
  scope_internal_links(out, start, ctx.anchor_scope);
  if (section.new_page && out.size() > start) out[start].page_break_before = true;
}

// Cover and contents. The contents is laid out once to count its pages,
// since that count moves every page number it shows.
std::vector<PageOps> front_matter(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                                  const Anchors& content_anchors, const PageGeometry& g, LayoutContext& ctx) {
  std::vector<PageOps> front;
  if (cover) front.push_back(cover_page(*cover, g, ctx));
  if (!with_contents) return front;
  auto placeholder = [](const std::string&) { return std::string("000"); };
  std::vector<PageOps> trial;
  Anchors unused;
  {
    // The trial's structure elements are thrown away with it.
    TagTree scratch;
    TagTree* real = std::exchange(ctx.tags, &scratch);
    paginate(contents_slices(meta.contents_title, ctx.entries, placeholder, g.frame(), ctx), g.area(), trial, unused);
    ctx.tags = real;
  }
  int first_content_page = static_cast<int>(front.size() + trial.size());
  auto number = [&](const std::string& anchor) {
    auto found = content_anchors.find(anchor);
    return found == content_anchors.end() ? std::string() : std::to_string(first_content_page + found->second.page + 1);
  };
  paginate(contents_slices(meta.contents_title, ctx.entries, number, g.frame(), ctx), g.area(), front, unused);
  return front;
}

void set_info(HaruDoc& doc, const PdfMeta& meta) {
  PdfObjects objects(doc.get());
  HPDF_Dict info = document_information(doc.get());
  auto set = [&](const char* key, const std::string& value) {
    if (!value.empty()) objects.put_text(info, key, sanitize_text(value));
  };
  set("Title", meta.title);
  set("Author", meta.author);
  set("Subject", meta.subject);
  set("Producer", meta.producer);
  set("Creator", pdf_creator());
  // Dates only from SOURCE_DATE_EPOCH: a clock reading would make every
  // build differ.
  if (meta.epoch) {
    std::time_t t = static_cast<std::time_t>(*meta.epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    HPDF_Date date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, date);
  }
  set_pdf_version_17(doc.get());
  set_document_language(doc.get(), meta.lang);
  set_display_doc_title(doc.get());
  objects.put(objects.catalog(), "Metadata", objects.plain_stream("Metadata", "XML", xmp_packet(meta)));
}

}  // namespace

// Opening the five faces for measuring costs more than laying out a short
// document, and a build makes hundreds: one measuring set per thread (libharu
// documents are not shared between threads) serves every PDF it renders.
const HaruMeasure* shared_measure(const PdfFonts& fonts, Diagnostics& diags) {
  thread_local std::unique_ptr<HaruMeasure> measure;
  thread_local std::string opened_for;
  const std::string key = fonts.regular + '\n' + fonts.bold + '\n' + fonts.italic + '\n' + fonts.bold_italic + '\n' + fonts.mono;
  if (!measure || opened_for != key) {
    auto fresh = std::make_unique<HaruMeasure>();
    if (!fresh->open(fonts, diags)) return nullptr;
    measure = std::move(fresh);
    opened_for = key;
  }
  return measure.get();
}

LaidOutPdf lay_out_pdf(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                       const std::vector<PdfSection>& sections, const PdfTheme& theme, const TextMeasure& measure) {
  LaidOutPdf out;
  out.geometry = page_geometry(theme);
  const PageGeometry& g = out.geometry;
  TagTree& tags = out.tags;
  LayoutContext ctx{theme, measure, tags};
  ctx.body_height = g.area().bottom - g.area().top;

  std::vector<Slice> slices;
  for (const auto& section : sections) section_slices(section, g.frame(), ctx, slices);
  std::vector<PageOps> content;
  paginate(slices, g.area(), content, out.anchors);

  // The cover and contents come first in reading order too.
  size_t body_elements = tags.element(tags.root()).kids.size();
  out.pages = front_matter(meta, cover, with_contents, out.anchors, g, ctx);
  tags.move_to_front(tags.root(), body_elements);
  for (auto& [id, position] : out.anchors) position.page += static_cast<int>(out.pages.size());
  out.pages.insert(out.pages.end(), std::make_move_iterator(content.begin()), std::make_move_iterator(content.end()));
  add_running_furniture(out.pages, meta, g, ctx);
  out.outline = std::move(ctx.entries);
  return out;
}

std::optional<std::string> render_pdf(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                                      const std::vector<PdfSection>& sections, const PdfTheme& theme,
                                      const PdfFonts& fonts, Diagnostics& diags) {
  const HaruMeasure* measure = shared_measure(fonts, diags);
  if (!measure) return std::nullopt;
  LaidOutPdf laid = lay_out_pdf(meta, cover, with_contents, sections, theme, *measure);
  const auto& pages = laid.pages;
  const auto& anchors = laid.anchors;
  const PageGeometry& g = laid.geometry;

  HaruDoc doc;
  PdfFaces faces{};
  if (!embed_fonts(doc, fonts, characters_used(pages), faces, diags)) return std::nullopt;
  MarkPlacement placed(laid.tags);
  std::vector<HPDF_Page> pdf_pages = draw_pages(doc, faces, *measure, pages, g, anchors, placed);
  write_structure(doc.get(), placed, pdf_pages);
  build_outline(doc, pdf_pages, laid.outline, anchors, g);
  if (!laid.outline.empty()) HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
  set_info(doc, meta);
  deflate_streams(doc.get());

  std::string bytes;
  if (doc.failed() || !doc.save(bytes)) {
    diags.error({}, "cannot write the PDF '" + meta.title + "'", doc.error_text());
    return std::nullopt;
  }
  return bytes;
}

}  // namespace cp
