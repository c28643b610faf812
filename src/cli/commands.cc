#include "cli/commands.h"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/indicator/indicators.h"
#include "app/mail/mail_repository.h"
#include "app/question/questions.h"
#include "app/rights/rights.h"
#include "app/task/tasks.h"
#include "app/text/text_evaluation.h"
#include "cli/demo_data.h"
#include "cli/mail_job.h"
#include "cli/reminder_job.h"
#include "cli/retention_job.h"
#include "cli/unit_lists.h"
#include "documents/corpus/score_command.h"
#include "documents/parse/parse_command.h"
#include "http/api/api.h"
#include "http/server/server.h"
#include "import/question_sheet.h"
#include "storage/sqlite/sqlite_store.h"
#include "text/grouping.h"
#include "text/topics.h"

#ifndef DOITHOAI_SOURCE_DIR
#define DOITHOAI_SOURCE_DIR "."
#endif

namespace doithoai::cli {
namespace {

namespace fs = std::filesystem;

// Default locations: beside the source tree when run from a build, else the working folder.
std::string DefaultDir(const char* name) {
  fs::path beside = fs::path(DOITHOAI_SOURCE_DIR) / name;
  std::error_code ec;
  return fs::is_directory(beside, ec) ? beside.string() : std::string(name);
}

int Fail(const Error& e) {
  std::cerr << "lỗi: " << e.message() << "\n";
  for (const auto& f : e.fields()) std::cerr << "  - " << f.field << ": " << f.reason << "\n";
  return 1;
}

Result<std::unique_ptr<storage::sqlite::SqliteStore>> OpenStore(const std::string& db) {
  std::error_code ec;
  fs::path parent = fs::path(db).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  return storage::sqlite::SqliteStore::Open(db);
}

int DemoData(const std::string& db, const std::string& units_dir, bool reset, bool if_empty) {
  if (reset) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  }
  auto store = OpenStore(db);
  if (!store.ok()) return Fail(store.error());
  int64_t users = 0;
  auto s = (*store)->Read([&](Tx& tx) -> Status {
    users = static_cast<int64_t>(tx.users().List().size());
    return Ok();
  });
  if (!s.ok()) return Fail(s.error());
  if (users > 0) {
    if (if_empty) {
      std::cout << "demo-data: the database already has data; left as it is\n";
      return 0;
    }
    return Fail(Error::Conflict("the database is not empty (use --reset to start over)"));
  }
  auto summary = LoadDemoData(**store, units_dir);
  if (!summary.ok()) return Fail(summary.error());
  std::cout << "demo-data: " << summary->units << " units, " << summary->agencies << " agencies, "
            << summary->users << " users, " << summary->questions << " questions, "
            << summary->issues << " issues; dialogue id " << summary->dialogue.value
            << "; open for questions: dialogue id " << summary->open_dialogue.value
            << "; staff password '" << kDemoPassword << "'\n";
  return 0;
}

int ImportQuestionsFile(const std::string& db, const std::string& file, int64_t dialogue,
                        const std::string& username) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(Error::Invalid("file", "không đọc được tệp " + file));
  std::stringstream ss;
  ss << in.rdbuf();
  auto rows = import::ReadQuestionSheet(ss.str(), fs::path(file).filename().string());
  if (!rows.ok()) return Fail(rows.error());
  auto store = OpenStore(db);
  if (!store.ok()) return Fail(store.error());
  SystemClock clock;
  Context ctx{**store, clock};
  std::optional<Actor> actor;
  auto s = (*store)->Read([&](Tx& tx) -> Status {
    auto user = tx.users().FindByUsername(username);
    if (user) actor = LoadActor(tx, user->id);
    return Ok();
  });
  if (!s.ok()) return Fail(s.error());
  if (!actor)
    return Fail(Error::Invalid("as", "không có người dùng đang hoạt động tên " + username));
  std::vector<BatchRow> batch;
  for (auto& r : *rows) batch.push_back({r.row_number, std::move(r.input)});
  auto imported =
      ImportQuestions(ctx, *actor, DialogueId(dialogue), fs::path(file).filename().string(), batch);
  if (!imported.ok()) return Fail(imported.error());
  std::cout << "imported " << imported->imported << " questions (batch " << imported->batch.value
            << ")\n";
  return 0;
}

int RunMailSendDue(const std::string& db, const MailOptions& options) {
  if (options.smtp.host.empty()) return Fail(Error::Invalid("smtp-host", "chưa có máy chủ thư"));
  if (!options.link_base.empty()) {
    if (auto ok = http::CheckPublicUrl(options.link_base); !ok.ok()) return Fail(ok.error());
  }
  auto key = LoadOrCreateMailKey(MailKeyPath(options, db));
  if (!key.ok()) return Fail(key.error());
  auto mailer = MakeMailer(options, *key);
  if (!mailer.ok()) return Fail(mailer.error());
  if (!*mailer) return Fail(Error::Invalid("smtp-host", "chưa có máy chủ thư"));
  auto store = OpenStore(db);
  if (!store.ok()) return Fail(store.error());
  SystemClock clock;
  Context ctx{**store, clock};
  auto run = SendDueMail(ctx, *(*mailer)->sender, (*mailer)->settings);
  if (!run.ok()) return Fail(run.error());
  std::cout << "mail: " << run->claimed << " claimed, " << run->sent << " sent (" << run->messages
            << " messages), " << run->no_recipient << " without recipient, " << run->retried
            << " to retry, " << run->failed << " failed\n";
  return 0;
}

int RunMailStatus(const std::string& db) {
  auto store = OpenStore(db);
  if (!store.ok()) return Fail(store.error());
  OutboxCounts counts;
  std::vector<OutboxEntry> failed;
  auto s = (*store)->Read([&](Tx& tx) -> Status {
    counts = tx.mail().Counts();
    failed = tx.mail().Failed(20);
    return Ok();
  });
  if (!s.ok()) return Fail(s.error());
  std::cout << "mail: " << counts.queued << " queued, " << counts.sent << " sent, " << counts.failed
            << " failed\n";
  for (const auto& e : failed) {
    std::cout << "  #" << e.mail.id << " " << e.mail.to << " (" << e.attempts
              << " attempts): " << e.last_error << "\n";
  }
  return 0;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{"doithoai — đối thoại giữa lãnh đạo và thanh niên / leaders' dialogue with youth"};
  app.require_subcommand(1);
  std::string db = "var/doithoai.db";
  app.add_option("--db", db, "SQLite database file")->capture_default_str();

  auto* serve = app.add_subcommand("serve", "Serve the web UI and the JSON API");
  http::ServerOptions server;
  http::ApiOptions api_options;
  api_options.web_root = DefaultDir("web");
  serve->add_option("--address", server.address, "Listen address")->capture_default_str();
  serve->add_option("--port", server.port, "Listen port")->capture_default_str();
  serve->add_option("--web", api_options.web_root, "Folder of the web UI")->capture_default_str();
  serve->add_option("--threads", server.network_threads, "Network threads (0: one per core)");
  serve->add_option("--blocking-threads", server.blocking_threads, "Storage worker threads")
      ->capture_default_str();
  serve
      ->add_option("--submissions-per-minute", api_options.submissions_per_minute,
                   "Public question submissions per client per minute (0: no limit)")
      ->capture_default_str();
  serve
      ->add_option("--sign-ins-per-minute", api_options.sign_ins_per_minute,
                   "Sign-in attempts per client per minute (0: no limit)")
      ->capture_default_str();
  serve
      ->add_option("--lookups-per-minute", api_options.lookups_per_minute,
                   "Tracking-code lookups per client per minute (0: no limit)")
      ->capture_default_str();
  serve
      ->add_option("--max-event-streams", api_options.max_event_streams,
                   "Server-Sent Events streams open at once (the dialogue day's screen)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  serve
      ->add_option("--max-event-streams-per-client", api_options.max_event_streams_per_client,
                   "Of those, from one client address (0: no cap)")
      ->capture_default_str();
  serve->add_option("--public-url", api_options.public_url,
                    "The URL users reach (https://…: behind TLS, so cookies get Secure and "
                    "responses HSTS)");

  int reminder_minutes = kReminderEveryMinutes;
  serve
      ->add_option("--reminders-every-minutes", reminder_minutes,
                   "Run task reminders and escalations this often (0: never; see `remind`)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);

  int retention_months = kDefaultRetentionMonths;
  serve
      ->add_option("--retention-months", retention_months,
                   "Erase askers' names and contacts this many months after a dialogue's "
                   "conclusion (0: never; see `retention`)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  auto* retention = app.add_subcommand(
      "retention",
      "Erase the askers' names and contacts whose retention has ended, once (the server runs "
      "it on the reminders' timer)");
  retention->add_option("--months", retention_months, "Retention after the conclusion")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);

  MailOptions mail_options;
  AddMailOptions(*serve, mail_options);
  auto* mail_cmd = app.add_subcommand("mail", "E-mail delivery of the outbox (docs/mail.md)");
  mail_cmd->require_subcommand(1);
  auto* send_due = mail_cmd->add_subcommand(
      "send-due", "Send the queued mail that is due, once (the server runs it on a timer)");
  AddMailOptions(*send_due, mail_options);
  send_due->add_option("--public-url", mail_options.link_base,
                       "The URL users reach, for the links in youth mail");
  auto* mail_status =
      mail_cmd->add_subcommand("status", "Count queued, sent and failed mail; list failures");

  app.add_subcommand("migrate", "Create or upgrade the database schema");
  auto* remind = app.add_subcommand(
      "remind",
      "Create the task reminders and escalations due today, once (the server runs it "
      "on a timer)");

  auto* demo =
      app.add_subcommand("demo-data", "Load units, agencies, staff and the Hải Phòng 2025 demo");
  std::string units_dir = DefaultDir("data") + "/units";
  bool reset = false, if_empty = false;
  demo->add_option("--units", units_dir, "Folder of the unit lists")->capture_default_str();
  demo->add_flag("--reset", reset, "Delete the database first");
  demo->add_flag("--if-empty", if_empty, "Do nothing (successfully) when data exists");

  auto* load_units = app.add_subcommand("load-units", "Load the 2025 provinces and communes");
  load_units->add_option("--units", units_dir, "Folder of the unit lists")->capture_default_str();

  auto* import_cmd = app.add_subcommand("import-questions", "Import questions from XLSX or CSV");
  std::string file;
  int64_t dialogue = 1;
  std::string as = "thanhdoan";
  import_cmd->add_option("FILE", file, "The .xlsx or .csv file")->required();
  import_cmd->add_option("--dialogue", dialogue, "Dialogue id")->capture_default_str();
  import_cmd->add_option("--as", as, "Username of the Youth Union officer importing")
      ->capture_default_str();

  auto* backup = app.add_subcommand("backup", "Write a consistent copy of the live database");
  std::string backup_file;
  backup->add_option("FILE", backup_file, "Destination file")->required();

  auto* restore =
      app.add_subcommand("restore", "Replace the database with a backup (server stopped)");
  std::string restore_file;
  restore->add_option("FILE", restore_file, "Backup file")->required();

  auto* text_cmd = app.add_subcommand("text", "Vietnamese text tools (C11)");
  text_cmd->require_subcommand(1);
  std::string text_file;
  auto* group = text_cmd->add_subcommand(
      "group",
      "Group questions asking the same thing: one per line in, {\"groups\": [[1,5],…]} out");
  group->add_option("FILE", text_file, "UTF-8 text, one question per line")->required();
  auto* topics = text_cmd->add_subcommand(
      "topics", "Suggest the top 3 topics of each question: one JSON line per input line");
  topics->add_option("FILE", text_file, "UTF-8 text, one question per line")->required();
  auto* eval = text_cmd->add_subcommand(
      "eval", "Evaluate topics, grouping and agencies on the real labelled corpus (issue 12)");
  std::string eval_split = "holdout";
  eval->add_option("--corpus", text_file, "questions.jsonl of tests/data/text/real_questions")
      ->required();
  eval->add_option("--split", eval_split, "tune, holdout or all (by source)");

  auto* document_cmd = app.add_subcommand("document", "Official documents (Decree 30/2020)");
  document_cmd->require_subcommand(1);
  std::string document_file;
  auto* parse = document_cmd->add_subcommand(
      "parse", "Read a document given as plain text and print it as JSON, for a person to confirm");
  parse->add_option("FILE", document_file, "UTF-8 text of the document")->required();
  documents::corpus::ScoreOptions score_options;
  auto* score = document_cmd->add_subcommand(
      "score", "Score the parser against a corpus of real documents with gold extractions");
  score->add_option("DIR", score_options.dir, "Folder of <id>.gold.json (and <id>.txt)")
      ->required();
  score->add_option("--form", score_options.form, "txt, docx, pdf or scan (default txt)");
  score->add_option("--forms-dir", score_options.forms_dir,
                    "Folder of the docx/pdf/scan forms (default DIR)");
  score->add_option("--split", score_options.split, "tune, holdout or all (default all)");
  score->add_option("--since", score_options.since,
                    "Only documents whose id number is at least this id's (e.g. vb-083)");
  score->add_flag("--json", score_options.json, "Print the scores as JSON");
  score->add_flag("--verbose", score_options.verbose, "List every miss");

  CLI11_PARSE(app, argc, argv);

  if (parse->parsed()) return documents::RunParseCommand(document_file, std::cout, std::cerr);
  if (score->parsed())
    return documents::corpus::RunScoreCommand(score_options, std::cout, std::cerr);

  if (group->parsed()) return text::RunTextGroup(text_file, std::cout, std::cerr);
  if (topics->parsed()) return text::RunTextTopics(text_file, std::cout, std::cerr);
  if (eval->parsed()) return RunTextEval(text_file, eval_split, std::cout, std::cerr);

  if (serve->parsed()) {
    if (!api_options.public_url.empty()) {
      if (auto ok = http::CheckPublicUrl(api_options.public_url); !ok.ok()) {
        return Fail(ok.error());
      }
      api_options.secure_cookies = api_options.public_url.starts_with("https://");
    }
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    // Youth mail links to the public URL, else to the address the server listens on.
    mail_options.link_base = !api_options.public_url.empty()
                                 ? api_options.public_url
                                 : "http://" + server.address + ":" + std::to_string(server.port);
    auto mail_key = LoadOrCreateMailKey(MailKeyPath(mail_options, db));
    if (!mail_key.ok()) return Fail(mail_key.error());
    api_options.unsubscribe_key = *mail_key;
    auto mailer = MakeMailer(mail_options, *mail_key);
    if (!mailer.ok()) return Fail(mailer.error());
    SystemClock clock;
    http::Api api(Context{**store, clock}, api_options);
    if (*mailer) {
      server.jobs.push_back(
          MailJob(api.ctx(), **mailer, std::chrono::seconds(mail_options.every_seconds)));
    }
    server.jobs.push_back(ReminderJob(api.ctx(), std::chrono::minutes(reminder_minutes)));
    server.jobs.push_back(
        RetentionJob(api.ctx(), retention_months, std::chrono::minutes(reminder_minutes)));
    return http::Serve(api, server);
  }
  if (remind->parsed()) {
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    SystemClock clock;
    Context ctx{**store, clock};
    auto sent = SendReminders(ctx);
    if (!sent.ok()) return Fail(sent.error());
    std::cout << "remind: " << sent->notifications << " notifications, " << sent->mails
              << " outbox mails created\n";
    auto rounds = RunRoundSchedule(ctx);
    if (!rounds.ok()) return Fail(rounds.error());
    std::cout << "remind: " << rounds->opened << " indicator rounds opened on schedule, "
              << rounds->notices << " round notices due\n";
    return 0;
  }
  if (send_due->parsed()) return RunMailSendDue(db, mail_options);
  if (mail_status->parsed()) return RunMailStatus(db);
  if (retention->parsed()) {
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    SystemClock clock;
    Context ctx{**store, clock};
    auto run = EraseExpiredIdentities(ctx, retention_months);
    if (!run.ok()) return Fail(run.error());
    std::cout << "retention: " << run->questions << " askers' identities erased in "
              << run->dialogues << " dialogues\n";
    return 0;
  }
  if (app.got_subcommand("migrate")) {
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    std::cout << "migrated " << db << "\n";
    return 0;
  }
  if (demo->parsed()) return DemoData(db, units_dir, reset, if_empty);
  if (load_units->parsed()) {
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    SystemClock clock;
    Context ctx{**store, clock};
    auto n = LoadUnitLists(ctx, units_dir);
    if (!n.ok()) return Fail(n.error());
    std::cout << "loaded " << *n << " units\n";
    return 0;
  }
  if (import_cmd->parsed()) return ImportQuestionsFile(db, file, dialogue, as);
  if (backup->parsed()) {
    auto store = OpenStore(db);
    if (!store.ok()) return Fail(store.error());
    auto s = (*store)->Backup(backup_file);
    if (!s.ok()) return Fail(s.error());
    std::cout << "backed up " << db << " to " << backup_file << "\n";
    return 0;
  }
  if (restore->parsed()) {
    auto s = storage::sqlite::RestoreDatabase(restore_file, db);
    if (!s.ok()) return Fail(s.error());
    std::cout << "restored " << db << " from " << restore_file << "\n";
    return 0;
  }
  return 0;
}

}  // namespace doithoai::cli
