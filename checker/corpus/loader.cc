#include "checker/corpus/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/corpus/glob.h"
#include "checker/corpus/utf8.h"
#include "rules/dates/dates.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

constexpr absl::string_view kArticleExtensions[] = {".txt", ".md", ".markdown", ".text"};

// A byte-order mark says nothing about the article.
constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";

// "README", "LICENSE", "COPYING-CC": by convention, project documentation.
bool IsDocumentationName(absl::string_view stem) {
  bool has_letter = false;
  for (char c : stem) {
    if (absl::ascii_isupper(c)) {
      has_letter = true;
    } else if (c != '-' && c != '_') {
      return false;
    }
  }
  return has_letter;
}

// Why a file name is not an article, or "" when it may be one.
std::string NameSkipReason(const fs::path& path) {
  const std::string extension = absl::AsciiStrToLower(path.extension().string());
  if (std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) ==
      std::end(kArticleExtensions)) {
    return "not a .txt or .md file";
  }
  if (IsDocumentationName(path.stem().string())) {
    return "documentation file (upper-case name), not an article";
  }
  return "";
}

bool LooksBinary(absl::string_view bytes) {
  if (bytes.find('\0') != absl::string_view::npos) return true;
  size_t control = 0;
  for (unsigned char c : bytes) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 10 > bytes.size();
}

// Sets the metadata field named by `key` when `value` is valid for it;
// false otherwise, so a first line like "source of the leak" stays text.
bool SetMetadata(absl::string_view key, absl::string_view value, Document* document) {
  value = absl::StripAsciiWhitespace(value);
  const std::string lower_key = absl::AsciiStrToLower(key);
  if (lower_key == "date" || lower_key == "published") {
    for (const DateMention& mention : FindDates(value, PartialDate())) {
      if (IsCompleteDate(mention.date)) {
        *document->mutable_dateline() = mention.date;
        document->set_dateline_text(std::string(value));
        return true;
      }
    }
    return false;
  }
  if (lower_key == "source_url" || lower_key == "url") {
    if (!RE2::FullMatch(ToPiece(value), "(?i)https?://\\S+")) return false;
    document->set_url(std::string(value));
    return true;
  }
  if (lower_key == "outlet") {
    document->set_outlet(std::string(value));
    return !value.empty();
  }
  if (lower_key == "title") {
    document->set_title(std::string(value));
    return !value.empty();
  }
  return false;
}

// `key value` (or `key: value`) with a lower-case key.
const RE2& HeaderLine() {
  static const RE2* pattern = new RE2("([a-z_]+):?[ \\t]+(\\S.*)");
  return *pattern;
}

// `date 2024-03-21 During a pivotal meeting...`: a date header glued to the
// first sentence of the article.
const RE2& GluedDateHeader() {
  static const RE2* pattern =
      new RE2("[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?[ \\t]+");
  return *pattern;
}

// Reads one `key value` header line into `metadata`; false when it is not one.
bool ReadHeaderLine(absl::string_view line, Document* metadata) {
  re2::StringPiece key, value;
  return RE2::FullMatch(ToPiece(line), HeaderLine(), &key, &value) &&
         SetMetadata(absl::string_view(key.data(), key.size()),
                     absl::string_view(value.data(), value.size()), metadata);
}

// Reads the metadata at the top of `text` into `document` and returns the
// byte offset where the article itself begins.
size_t ReadMetadata(absl::string_view text, Document* document) {
  const std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  // Markdown front matter: `---`, `key: value` lines, `---`.
  if (absl::StripTrailingAsciiWhitespace(lines[0]) == "---") {
    Document metadata;
    size_t offset = lines[0].size() + 1;
    for (size_t i = 1; i < lines.size(); ++i) {
      const absl::string_view line = absl::StripTrailingAsciiWhitespace(lines[i]);
      offset += lines[i].size() + 1;
      if (line == "---") {
        document->MergeFrom(metadata);
        return std::min(offset, text.size());
      }
      ReadHeaderLine(line, &metadata);
    }
    return 0;  // no closing `---`: not front matter after all
  }
  // `key value` lines up to the first blank line, every one of them metadata.
  Document metadata;
  size_t offset = 0;
  size_t header_lines = 0;
  for (const absl::string_view raw_line : lines) {
    const absl::string_view line = absl::StripTrailingAsciiWhitespace(raw_line);
    offset += raw_line.size() + 1;
    if (line.empty()) {
      if (header_lines == 0) break;
      document->MergeFrom(metadata);
      return std::min(offset, text.size());
    }
    if (!ReadHeaderLine(line, &metadata)) break;
    ++header_lines;
  }
  std::vector<re2::StringPiece> groups;
  if (FindMatch(GluedDateHeader(), text, 0, /*anchored=*/true, &groups) &&
      SetMetadata("date", absl::string_view(groups[1].data(), groups[1].size()), document)) {
    return groups[0].size();
  }
  return 0;
}

// The id of a file under `root`: its path relative to the root, computed
// from the names alone so that symlinked files keep their place in the corpus.
std::string RelativeId(const fs::path& path, const fs::path& root) {
  fs::path relative = path.lexically_relative(root);
  if (relative.empty() || relative.native() == "." || *relative.begin() == "..") {
    relative = path.filename();
  }
  return relative.generic_string();
}

// Reads `path` whole, or says why it cannot be read.
absl::StatusOr<std::string> ReadFile(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot read: ", std::error_code(errno, std::generic_category()).message()));
  }
  std::ostringstream contents;
  contents << stream.rdbuf();
  if (stream.bad()) return absl::DataLossError("cannot read: I/O error");
  return contents.str();
}

void LoadFile(const fs::path& path, const fs::path& root, Corpus* corpus) {
  const std::string id = RelativeId(path, root);
  auto skip = [&](absl::string_view reason) {
    SkippedInput* skipped = &corpus->skipped.emplace_back();
    skipped->set_path(id);
    skipped->set_reason(std::string(reason));
  };
  const std::string name_reason = NameSkipReason(path);
  if (!name_reason.empty()) return skip(name_reason);
  absl::StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return skip(bytes.status().message());
  absl::StatusOr<Document> document = ParseDocument(id, *bytes);
  if (!document.ok()) return skip(document.status().message());
  corpus->documents.push_back(*std::move(document));
}

// Whether `path` is left out of the corpus without a mention: the checker's
// own files, and what `options` leaves out.
bool LeftOut(const fs::path& path, const fs::path& root, const LoadOptions& options) {
  if (path.extension() == ".textproto") return true;
  const std::string id = RelativeId(path, root);
  const auto matches = [&id](const std::string& glob) { return GlobMatch(glob, id); };
  if (std::any_of(options.exclude.begin(), options.exclude.end(), matches)) return true;
  return !options.include.empty() &&
         std::none_of(options.include.begin(), options.include.end(), matches);
}

}  // namespace

absl::StatusOr<Document> ParseDocument(absl::string_view id, absl::string_view bytes) {
  absl::ConsumePrefix(&bytes, kUtf8Bom);
  if (absl::StripAsciiWhitespace(bytes).empty()) {
    return absl::InvalidArgumentError(bytes.empty() ? "empty file"
                                                    : "empty file (only whitespace)");
  }
  if (LooksBinary(bytes)) return absl::InvalidArgumentError("binary file, not text");
  const int invalid = FindInvalidUtf8(bytes);
  if (invalid >= 0) {
    return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte ", invalid));
  }
  Document document;
  document.set_id(std::string(id));
  document.set_text(std::string(bytes));
  document.set_body_begin(static_cast<int>(ReadMetadata(document.text(), &document)));
  return document;
}

absl::StatusOr<Corpus> LoadCorpus(const std::string& root, const LoadOptions& options) {
  std::error_code error;
  const fs::file_status status = fs::status(root, error);
  if (error || !fs::exists(status)) {
    return absl::NotFoundError(absl::StrCat("corpus not found: ", root));
  }
  Corpus corpus;
  if (!fs::is_directory(status)) {
    LoadFile(fs::path(root), fs::path(root).parent_path(), &corpus);
    return corpus;
  }
  std::vector<fs::path> files;
  fs::recursive_directory_iterator walk(root, fs::directory_options::skip_permission_denied, error);
  if (error) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot read corpus ", root, ": ", error.message()));
  }
  for (; walk != fs::recursive_directory_iterator(); walk.increment(error)) {
    if (error) break;
    const fs::path& path = walk->path();
    // Hidden files and folders (.git, .DS_Store) are not part of the corpus.
    if (absl::StartsWith(path.filename().string(), ".")) {
      if (walk->is_directory(error)) walk.disable_recursion_pending();
      continue;
    }
    if (walk->is_regular_file(error)) files.push_back(path);
  }
  if (error) {
    SkippedInput* skipped = &corpus.skipped.emplace_back();
    skipped->set_path(root);
    skipped->set_reason(absl::StrCat("walk stopped early: ", error.message()));
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    if (!LeftOut(path, fs::path(root), options)) LoadFile(path, fs::path(root), &corpus);
  }
  std::sort(corpus.documents.begin(), corpus.documents.end(),
            [](const Document& a, const Document& b) { return a.id() < b.id(); });
  return corpus;
}

}  // namespace factcheck
