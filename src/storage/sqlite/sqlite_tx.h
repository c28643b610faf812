// The SQLite unit of work: every repository of app/ports.h over one connection, inside the
// transaction that SqliteStore opened. Repositories hold no state of their own.
#pragma once

#include "app/ports.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/indicator_repositories.h"
#include "storage/sqlite/sqlite_initiatives.h"
#include "storage/sqlite/sqlite_live.h"
#include "storage/sqlite/sqlite_mail.h"
#include "storage/sqlite/sqlite_rights.h"
#include "storage/sqlite/sqlite_text.h"
#include "storage/sqlite/task_repositories.h"

namespace doithoai::storage::sqlite {

class SqliteUnits final : public UnitRepository {
 public:
  explicit SqliteUnits(Connection& c) : c_(c) {}
  Result<Unit> Insert(Unit unit) override;
  std::optional<Unit> Find(UnitId id) override;
  std::optional<Unit> FindByCode(std::string_view code) override;
  std::vector<Unit> Children(std::optional<UnitId> parent) override;
  int64_t Count() override;

 private:
  Connection& c_;
};

class SqliteAgencies final : public AgencyRepository {
 public:
  explicit SqliteAgencies(Connection& c) : c_(c) {}
  Result<Agency> Insert(Agency agency) override;
  Status Update(const Agency& agency) override;
  std::optional<Agency> Find(AgencyId id) override;
  std::optional<Agency> FindByCode(UnitId unit, std::string_view code) override;
  std::vector<Agency> ListByUnit(UnitId unit) override;

 private:
  Connection& c_;
};

class SqliteUsers final : public UserRepository {
 public:
  explicit SqliteUsers(Connection& c) : c_(c) {}
  Result<User> Insert(User user) override;
  Status Update(const User& user) override;
  std::optional<User> Find(UserId id) override;
  std::optional<User> FindByUsername(std::string_view username) override;
  std::vector<User> List() override;
  std::vector<RoleGrant> Grants(UserId user) override;
  Status SetGrants(UserId user, const std::vector<RoleGrant>& grants) override;

 private:
  Connection& c_;
};

class SqliteSessions final : public SessionRepository {
 public:
  explicit SqliteSessions(Connection& c) : c_(c) {}
  Status Insert(const Session& session) override;
  std::optional<Session> Find(std::string_view token_hash) override;
  Status Delete(std::string_view token_hash) override;
  Status DeleteForUser(UserId user) override;

 private:
  Connection& c_;
};

class SqliteDialogues final : public DialogueRepository {
 public:
  explicit SqliteDialogues(Connection& c) : c_(c) {}
  Result<Dialogue> Insert(Dialogue dialogue) override;
  Status Update(const Dialogue& dialogue) override;
  std::optional<Dialogue> Find(DialogueId id) override;
  std::vector<Dialogue> List() override;
  Result<Milestone> InsertMilestone(Milestone milestone) override;
  Status UpdateMilestone(const Milestone& milestone) override;
  std::vector<Milestone> Milestones(DialogueId dialogue) override;

 private:
  Connection& c_;
};

class SqliteQuestions final : public QuestionRepository {
 public:
  explicit SqliteQuestions(Connection& c) : c_(c) {}
  Result<Question> Insert(Question question) override;
  Status Update(const Question& question) override;
  std::optional<Question> Find(QuestionId id) override;
  std::optional<Question> FindByTrackingCode(std::string_view code) override;
  std::vector<Question> List(DialogueId dialogue, const QuestionFilter& filter) override;
  int64_t Count(DialogueId dialogue, const QuestionFilter& filter) override;
  Result<ImportBatch> InsertBatch(ImportBatch batch) override;

 private:
  Connection& c_;
};

class SqliteIssues final : public IssueRepository {
 public:
  explicit SqliteIssues(Connection& c) : c_(c) {}
  Result<Issue> Insert(Issue issue) override;
  Status Update(const Issue& issue) override;
  std::optional<Issue> Find(IssueId id) override;
  std::vector<Issue> ListByDialogue(DialogueId dialogue) override;
  // Support counts: sqlite_issue_support.cc.
  Result<bool> AddSupport(IssueId issue, std::string_view supporter, Instant at) override;
  int64_t CountSupport(IssueId issue) override;
  std::map<IssueId, int64_t> SupportCounts(DialogueId dialogue) override;
  Result<IssueFollow> RequestFollow(IssueId issue, std::string_view address, Instant at) override;
  std::optional<IssueFollow> FindFollow(int64_t id) override;
  std::optional<IssueFollow> FindFollowOf(IssueId issue, std::string_view address) override;
  Status ConfirmFollow(int64_t id, Instant at) override;
  std::vector<IssueFollow> ConfirmedFollows(IssueId issue) override;
  int64_t CountFollowRequests(std::string_view address, Instant since) override;

 private:
  Status SaveCoordinating(const Issue& issue);
  void LoadCoordinating(Issue& issue);
  Connection& c_;
};

class SqliteAnswers final : public AnswerRepository {
 public:
  explicit SqliteAnswers(Connection& c) : c_(c) {}
  Status Save(const Answer& answer) override;
  std::optional<Answer> Find(IssueId issue) override;
  std::vector<Answer> ListByDialogue(DialogueId dialogue) override;
  std::vector<Answer> ListPublished(DialogueId dialogue, int64_t limit, int64_t offset) override;
  int64_t CountPublished(DialogueId dialogue) override;

 private:
  Connection& c_;
};

class SqliteAudit final : public AuditRepository {
 public:
  explicit SqliteAudit(Connection& c) : c_(c) {}
  Status Append(AuditEntry entry) override;
  std::vector<AuditEntry> List(const AuditQuery& query) override;

 private:
  Connection& c_;
};

class SqliteCounters final : public CounterRepository {
 public:
  explicit SqliteCounters(Connection& c) : c_(c) {}
  Result<int64_t> Next(std::string_view name) override;

 private:
  Connection& c_;
};

class SqliteTx final : public Tx {
 public:
  explicit SqliteTx(Connection& c)
      : units_(c),
        agencies_(c),
        users_(c),
        sessions_(c),
        dialogues_(c),
        questions_(c),
        issues_(c),
        answers_(c),
        audit_(c),
        counters_(c),
        indicators_(c),
        documents_(c),
        tasks_(c),
        notifications_(c),
        text_(c),
        rights_(c),
        mail_(c),
        live_(c),
        initiatives_(c) {}
  UnitRepository& units() override { return units_; }
  AgencyRepository& agencies() override { return agencies_; }
  UserRepository& users() override { return users_; }
  SessionRepository& sessions() override { return sessions_; }
  DialogueRepository& dialogues() override { return dialogues_; }
  QuestionRepository& questions() override { return questions_; }
  IssueRepository& issues() override { return issues_; }
  AnswerRepository& answers() override { return answers_; }
  AuditRepository& audit() override { return audit_; }
  CounterRepository& counters() override { return counters_; }
  IndicatorRepository& indicators() override { return indicators_; }
  DocumentRepository& documents() override { return documents_; }
  TaskRepository& tasks() override { return tasks_; }
  NotificationRepository& notifications() override { return notifications_; }
  TextRepository& text() override { return text_; }
  RightsRepository& rights() override { return rights_; }
  MailRepository& mail() override { return mail_; }
  LiveRepository& live() override { return live_; }
  InitiativeRepository& initiatives() override { return initiatives_; }

 private:
  SqliteUnits units_;
  SqliteAgencies agencies_;
  SqliteUsers users_;
  SqliteSessions sessions_;
  SqliteDialogues dialogues_;
  SqliteQuestions questions_;
  SqliteIssues issues_;
  SqliteAnswers answers_;
  SqliteAudit audit_;
  SqliteCounters counters_;
  SqliteIndicators indicators_;
  SqliteDocuments documents_;
  SqliteTasks tasks_;
  SqliteNotifications notifications_;
  SqliteText text_;
  SqliteRights rights_;
  SqliteMail mail_;
  SqliteLive live_;
  SqliteInitiatives initiatives_;
};

// Maps a constraint failure from Statement::Run to the port's vocabulary.
Status CheckRun(int rc, const char* field, const char* what);

}  // namespace doithoai::storage::sqlite
