#include "checker/corpus/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/corpus/glob.h"
#include "checker/corpus/json_record.h"
#include "checker/corpus/utf8.h"
#include "checker/util/bounded_read.h"
#include "rules/dates/dates.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

constexpr absl::string_view kArticleExtensions[] = {".txt", ".md", ".markdown", ".text"};
constexpr absl::string_view kJsonLinesExtension = ".jsonl";
// One article record a file, as news-please writes them.
constexpr absl::string_view kJsonExtension = ".json";

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

// A file name's extension, lower case: ".txt" for "a.TXT".
std::string LowerExtension(const fs::path& path) {
  return absl::AsciiStrToLower(path.extension().string());
}

// Why a file name is not an article, or "" when it may be one.
std::string NameSkipReason(const fs::path& path) {
  const std::string extension = LowerExtension(path);
  if (extension != kJsonExtension &&
      std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) ==
          std::end(kArticleExtensions)) {
    if (extension == ".gz" || extension == ".bz2" || extension == ".xz" || extension == ".zst") {
      return "not a .txt, .md, .json or .jsonl file (compressed: give it uncompressed, or pipe it "
             "in with --corpus=-)";
    }
    return "not a .txt, .md, .json or .jsonl file";
  }
  if (IsDocumentationName(path.stem().string())) {
    return "documentation file (upper-case name), not an article";
  }
  return "";
}

// A control byte other than the line and page breaks and the tab. Without
// branches, so that counting them compiles to vector instructions.
inline bool IsControl(unsigned char c) {
  return (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
}

// Mostly control bytes (UTF-16 text is half NULs): not text. A stray NUL in
// text is repaired instead (ReplaceInvalidUtf8).
bool LooksBinary(absl::string_view bytes) {
  // Every byte of every file is asked. Counted a block at a time, whose
  // fixed length lets the compiler count a whole vector of bytes at once
  // (about five times as fast as byte by byte).
  constexpr size_t kBlock = 32;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t control = 0;
  size_t at = 0;
  for (; at + kBlock <= bytes.size(); at += kBlock) {
    unsigned in_block = 0;
    for (size_t i = 0; i < kBlock; ++i) in_block += IsControl(data[at + i]);
    control += in_block;
  }
  for (; at < bytes.size(); ++at) control += IsControl(data[at]);
  return control * 10 > bytes.size();
}

std::string ReplacementNote(int replaced) {
  return absl::StrCat(replaced, replaced == 1 ? " byte" : " bytes",
                      " of invalid UTF-8 or NUL replaced with U+FFFD");
}

// The day a date field names: an ISO date, else the first whole day a
// dateline would give, else a form machines write (Unix time); nullopt when
// it names none.
std::optional<PartialDate> ReadDay(absl::string_view value) {
  if (std::optional<PartialDate> day = ParseIsoDay(value)) return day;
  for (const DateMention& mention : FindDates(value, PartialDate())) {
    if (IsCompleteDate(mention.date)) return mention.date;
  }
  return ParseMachineDay(value);
}

// Sets the metadata field named by `key` when `value` is valid for it;
// false otherwise, so a first line like "source of the leak" stays text.
bool SetMetadata(absl::string_view key, absl::string_view value, Document* document) {
  value = absl::StripAsciiWhitespace(value);
  const std::string lower_key = absl::AsciiStrToLower(key);
  if (lower_key == "date" || lower_key == "published") {
    const std::optional<PartialDate> day = ReadDay(value);
    if (!day.has_value()) return false;
    *document->mutable_dateline() = *day;
    document->set_dateline_text(std::string(value));
    return true;
  }
  if (lower_key == "source_url" || lower_key == "url") {
    static const RE2* const kUrl = new RE2("(?i)https?://\\S+");  // compiled once, not per article
    if (!RE2::FullMatch(ToPiece(value), *kUrl)) return false;
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
  // Lines are split as they are read: metadata, where there is any, is a few
  // lines at the top of a long text.
  const absl::string_view first_line = text.substr(0, text.find('\n'));
  // Markdown front matter: `---`, `key: value` lines, `---`.
  if (absl::StripTrailingAsciiWhitespace(first_line) == "---") {
    Document metadata;
    size_t offset = first_line.size() + 1;
    for (const absl::string_view raw_line :
         absl::StrSplit(text.substr(std::min(offset, text.size())), '\n')) {
      const absl::string_view line = absl::StripTrailingAsciiWhitespace(raw_line);
      offset += raw_line.size() + 1;
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
  for (const absl::string_view raw_line : absl::StrSplit(text, '\n')) {
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
// A name need not be UTF-8 (a Latin-1 "caf\xE9.txt"); its id, which reports
// and records carry as text, is.
std::string RelativeId(const fs::path& path, const fs::path& root) {
  fs::path relative = path.lexically_relative(root);
  if (relative.empty() || relative.native() == "." || *relative.begin() == "..") {
    relative = path.filename();
  }
  int replaced = 0;
  return ReplaceInvalidUtf8(relative.generic_string(), &replaced);
}

// Why a file or record is not read as an article: `what` is either.
absl::Status TooLarge(absl::string_view what) {
  return absl::ResourceExhaustedError(
      absl::StrCat(what, " too large for one article: over ", kMaxArticleBytes >> 20,
                   " MiB; split it into articles, one a file or one a JSON Lines record"));
}

// The bytes of the file at `path`, or why they cannot be read, its size told
// first to `before_reading` as ReadInput tells it. A file over
// kMaxArticleBytes is not read, nor one that grows past it while read.
absl::StatusOr<std::string> ReadFile(const std::string& path,
                                     const std::function<void(int64_t)>& before_reading) {
  std::error_code error;
  const uintmax_t size = fs::file_size(path, error);
  if (!error && size > static_cast<uintmax_t>(kMaxArticleBytes)) return TooLarge("file");
  if (before_reading) before_reading(error ? 0 : static_cast<int64_t>(size));
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot read: ", std::error_code(errno, std::generic_category()).message()));
  }
  std::string contents;
  if (!error) contents.reserve(size);
  if (!ReadAtMost(stream, kMaxArticleBytes, &contents)) return TooLarge("file");
  if (stream.bad()) return absl::DataLossError("cannot read: I/O error");
  return contents;
}

// Whether `path` is left out of the corpus without a mention: the checker's
// own files, and those `exclude` matches or, when it has any, `include` does
// not.
bool LeftOut(const fs::path& path, const fs::path& root, const GlobSet& include,
             const GlobSet& exclude) {
  if (path.extension() == ".textproto") return true;
  const std::string id = RelativeId(path, root);
  return exclude.MatchesAny(id) || (!include.empty() && !include.MatchesAny(id));
}

bool IsJsonLines(const fs::path& path) { return LowerExtension(path) == kJsonLinesExtension; }

// Whether `input` is read as JSON Lines, one article per line.
bool HoldsLines(const CorpusInput& input) {
  return input.problem.empty() && (input.path == kStandardInput || IsJsonLines(input.path));
}

// Why an input's text cannot be checked, in the words a user reads: a
// file's, or a JSON Lines record's, which is no file.
struct TextReasons {
  absl::string_view empty;
  absl::string_view binary;
};
constexpr TextReasons kFileReasons = {"empty file", "binary file, not text"};
constexpr TextReasons kRecordReasons = {"no text in the record",
                                        "the record's text is binary data, not text"};

absl::StatusOr<Document> ParseText(absl::string_view id, absl::string_view bytes,
                                   const TextReasons& reasons) {
  if (static_cast<int64_t>(bytes.size()) > kMaxArticleBytes) return TooLarge("text");
  absl::ConsumePrefix(&bytes, kUtf8Bom);
  if (absl::StripAsciiWhitespace(bytes).empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(reasons.empty, bytes.empty() ? "" : " (only whitespace)"));
  }
  if (LooksBinary(bytes)) return absl::InvalidArgumentError(reasons.binary);
  int replaced = 0;
  Document document;
  document.set_id(std::string(id));
  document.set_text(ReplaceInvalidUtf8(bytes, &replaced));
  if (replaced > 0) document.set_repair(ReplacementNote(replaced));
  document.set_body_begin(static_cast<int>(ReadMetadata(document.text(), &document)));
  return document;
}

// A record's field by this checker's name or, where it lacks that, by
// news-please's.
const std::string& OursOrNewsPlease(const std::string& ours, const std::string& news_please) {
  return ours.empty() ? news_please : ours;
}

// Why a record with no text is skipped. One with no field of the text's
// names says what fields it has, among which its text may be by another name.
std::string NoTextReason(absl::string_view json) {
  constexpr int kNamesShown = 8;
  const std::vector<std::string> names = RecordFieldNames(json);
  if (names.empty() || std::any_of(names.begin(), names.end(), [](const std::string& name) {
        return name == "text" || name == "maintext";
      })) {
    return std::string(kRecordReasons.empty);
  }
  std::vector<std::string> shown;
  for (const std::string& name : names) {
    if (static_cast<int>(shown.size()) == kNamesShown) {
      shown.push_back("...");
      break;
    }
    shown.push_back(Shortened(name, 40));
  }
  return absl::StrCat("no \"text\" field in the record (it has ", absl::StrJoin(shown, ", "), ")");
}

// A Document of one JSON Lines record; its fields override the text's own
// metadata lines.
absl::StatusOr<Document> ParseRecord(const std::string& default_id, absl::string_view line) {
  int replaced = 0;
  const std::string valid = ReplaceInvalidUtf8(line, &replaced);
  if (absl::StartsWith(absl::StripLeadingAsciiWhitespace(valid), "[")) {
    return absl::InvalidArgumentError(
        "a JSON array, not an article record: give its articles one a line, in a .jsonl file "
        "(jq -c '.[]')");
  }
  ArticleRecord record;
  if (const absl::Status status = ParseArticleRecord(valid, &record); !status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a JSON article record: ", status.message()));
  }
  const std::string id = record.id().empty() ? default_id : record.id();
  const std::string& text = OursOrNewsPlease(record.text(), record.maintext());
  if (text.empty()) return absl::InvalidArgumentError(NoTextReason(valid));
  absl::StatusOr<Document> document = ParseText(id, text, kRecordReasons);
  if (!document.ok()) return document.status();
  std::vector<std::string> repairs;
  if (replaced > 0) repairs.push_back(ReplacementNote(replaced));
  // The article is still checked: a date it cannot be given is left out,
  // as a text's dateline it cannot read is, and the text's own may serve.
  const std::string& date = OursOrNewsPlease(record.date(), record.date_publish());
  if (!date.empty() && !SetMetadata("date", date, &*document)) {
    // A field may be of any size: the message quotes the start of it.
    repairs.push_back(
        absl::StrCat("its date, \"", Shortened(date, 40), "\", is not a date and was left out"));
  }
  const std::string& outlet = OursOrNewsPlease(record.outlet(), record.source_domain());
  if (!outlet.empty()) document->set_outlet(outlet);
  if (!record.title().empty()) document->set_title(record.title());
  if (!record.url().empty()) document->set_url(record.url());
  document->set_repair(absl::StrJoin(repairs, "; "));
  return document;
}

}  // namespace

absl::StatusOr<Document> ParseDocument(absl::string_view id, absl::string_view bytes) {
  return ParseText(id, bytes, kFileReasons);
}

CorpusStream::CorpusStream(std::string root, std::vector<CorpusInput> listed)
    : root_(std::move(root)),
      listed_(std::move(listed)),
      known_inputs_(std::any_of(listed_.begin(), listed_.end(), HoldsLines)
                        ? 0
                        : static_cast<int>(listed_.size())) {}

CorpusStream::~CorpusStream() = default;

absl::StatusOr<std::unique_ptr<CorpusStream>> CorpusStream::Open(const std::string& root,
                                                                 const LoadOptions& options) {
  if (root == kStandardInput) {
    CorpusInput input;
    input.id = "stdin";
    input.path = kStandardInput;
    return std::unique_ptr<CorpusStream>(new CorpusStream(root, {input}));
  }
  std::error_code error;
  const fs::file_status status = fs::status(root, error);
  if (error || !fs::exists(status)) {
    return absl::NotFoundError(absl::StrCat("corpus not found: ", root));
  }
  std::vector<CorpusInput> listed;
  auto list = [&listed](const fs::path& path, const fs::path& base) {
    CorpusInput& input = listed.emplace_back();
    input.id = RelativeId(path, base);
    input.path = path.string();
  };
  if (!fs::is_directory(status)) {
    list(fs::path(root), fs::path(root).parent_path());
    return std::unique_ptr<CorpusStream>(new CorpusStream(root, std::move(listed)));
  }
  std::vector<fs::path> files;
  std::vector<std::pair<fs::path, std::string>> unlisted;  // entries that are not files, and why
  // Each folder is read whole and closed before the next is opened, so that
  // no depth of folders holds more than one open (a walk that kept one open
  // a level stopped at the open-file limit, and lost the rest of the corpus).
  std::vector<fs::path> folders = {fs::path(root)};
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    fs::directory_iterator entries(folder, error);
    if (error && folder == fs::path(root)) {
      return absl::PermissionDeniedError(
          absl::StrCat("cannot read corpus ", root, ": ", error.message()));
    }
    for (; !error && entries != fs::directory_iterator(); entries.increment(error)) {
      const fs::path& path = entries->path();
      // Hidden files and folders (.git, .DS_Store) are not part of the corpus.
      if (absl::StartsWith(path.filename().string(), ".")) continue;
      std::error_code entry_error;
      if (entries->is_regular_file(entry_error)) {
        files.push_back(path);
      } else if (entry_error) {
        // A symlink loop or a dangling link.
        unlisted.emplace_back(path, absl::StrCat("cannot read: ", entry_error.message()));
      } else if (entries->is_directory(entry_error)) {
        if (entries->is_symlink(entry_error)) {
          // Not followed: a link back up the tree would never end.
          unlisted.emplace_back(path, "symbolic link to a folder, not followed");
        } else {
          folders.push_back(path);
        }
      } else {
        unlisted.emplace_back(path, "not a regular file");
      }
    }
    if (!error) continue;
    // What the folder listed before the error is kept; the rest of the corpus is read.
    unlisted.emplace_back(folder, absl::StrCat("cannot read folder: ", error.message()));
    error.clear();
  }
  // Compiled once: a corpus has up to millions of files.
  const GlobSet include(options.include);
  const GlobSet exclude(options.exclude);
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    if (!LeftOut(path, fs::path(root), include, exclude)) list(path, fs::path(root));
  }
  std::sort(unlisted.begin(), unlisted.end());
  for (const auto& [path, reason] : unlisted) {
    if (LeftOut(path, fs::path(root), include, exclude)) continue;
    CorpusInput& input = listed.emplace_back();
    input.id = RelativeId(path, fs::path(root));
    input.problem = reason;
  }
  return std::unique_ptr<CorpusStream>(new CorpusStream(root, std::move(listed)));
}

bool CorpusStream::Next(CorpusInput* input) {
  std::lock_guard<std::mutex> lock(mutex_);
  while (true) {
    if (lines_ != nullptr) {
      std::string line;
      bool too_long = false;
      while (ReadLine(*lines_, kMaxArticleBytes, LongLine::kReadToItsEnd, &line, &too_long)) {
        ++line_number_;
        absl::string_view record = absl::StripTrailingAsciiWhitespace(line);
        if (record.empty() && !too_long) continue;
        *input = CorpusInput();
        input->id = absl::StrCat(lines_id_, ":", line_number_);
        if (too_long) {
          input->problem = std::string(TooLarge("record").message());
        } else {
          input->record = std::string(record);
        }
        input->sequence = sequence_++;
        return true;
      }
      if (lines_->bad()) {
        *input = CorpusInput();
        input->id = lines_id_;
        input->problem = absl::StrCat("cannot read past line ", line_number_, ": I/O error");
        input->sequence = sequence_++;
        lines_ = nullptr;
        owned_lines_.reset();
        return true;
      }
      lines_ = nullptr;
      owned_lines_.reset();
    }
    if (next_ == listed_.size()) return false;
    CorpusInput& listed = listed_[next_++];
    if (listed.problem.empty() && listed.path == kStandardInput) {
      lines_ = &std::cin;
    } else if (listed.problem.empty() && IsJsonLines(listed.path)) {
      owned_lines_ = std::make_unique<std::ifstream>(listed.path, std::ios::binary);
      if (!*owned_lines_) {
        listed.problem = absl::StrCat("cannot read: ",
                                      std::error_code(errno, std::generic_category()).message());
        owned_lines_.reset();
      } else {
        lines_ = owned_lines_.get();
      }
    }
    if (lines_ != nullptr) {
      lines_id_ = listed.id;
      line_number_ = 0;
      continue;
    }
    *input = std::move(listed);
    input->sequence = sequence_++;
    return true;
  }
}

absl::StatusOr<Document> ReadInput(const CorpusInput& input,
                                   const std::function<void(int64_t bytes)>& before_reading) {
  if (!input.problem.empty()) return absl::InvalidArgumentError(input.problem);
  if (input.path.empty()) {
    if (before_reading) before_reading(static_cast<int64_t>(input.record.size()));
    return ParseRecord(input.id, input.record);
  }
  const std::string name_reason = NameSkipReason(input.path);
  if (!name_reason.empty()) return absl::InvalidArgumentError(name_reason);
  absl::StatusOr<std::string> bytes = ReadFile(input.path, before_reading);
  if (!bytes.ok()) return bytes.status();
  if (LowerExtension(input.path) == kJsonExtension) {
    return ParseRecord(input.id, *bytes);
  }
  return ParseDocument(input.id, *bytes);
}

SkippedInput Skipped(absl::string_view id, const absl::Status& why) {
  SkippedInput skipped;
  skipped.set_path(std::string(id));
  skipped.set_reason(std::string(why.message()));
  return skipped;
}

absl::StatusOr<Corpus> LoadCorpus(const std::string& root, const LoadOptions& options) {
  absl::StatusOr<std::unique_ptr<CorpusStream>> stream = CorpusStream::Open(root, options);
  if (!stream.ok()) return stream.status();
  Corpus corpus;
  CorpusInput input;
  while ((*stream)->Next(&input)) {
    absl::StatusOr<Document> document = ReadInput(input);
    if (document.ok()) {
      corpus.documents.push_back(*std::move(document));
    } else {
      corpus.skipped.push_back(Skipped(input.id, document.status()));
    }
  }
  std::sort(corpus.documents.begin(), corpus.documents.end(),
            [](const Document& a, const Document& b) { return a.id() < b.id(); });
  return corpus;
}

}  // namespace factcheck
