// The ports the use cases need: repositories grouped in a transaction (the unit of work), and
// the Store that runs transactions. Adapters: storage/sqlite (production), storage/memory
// (tests). Both pass the one storage suite in tests/storage_suite.
//
// Contract shared by every adapter:
//  - Store::Write runs `work` atomically: if it returns an error (or throws) nothing it wrote
//    stays, and earlier records are untouched. It returns only once the writes are durable
//    (committed to disk for SQLite), so an acknowledged write survives `kill -9`.
//  - Store::Read runs `work` on a consistent snapshot; repository writes inside it fail.
//  - Find* return nullopt for a missing id; Insert* assign ids (and unit paths) and return the
//    stored record; a uniqueness violation is ErrorCode::kConflict naming the field.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/task/task_ports.h"
#include "core/result.h"
#include "domain/access/role.h"
#include "domain/answer/answer.h"
#include "domain/audit/audit.h"
#include "domain/dialogue/dialogue.h"
#include "domain/issue/issue.h"
#include "domain/question/question.h"
#include "domain/unit/agency.h"
#include "domain/unit/unit.h"

namespace doithoai {

class IndicatorRepository;   // app/indicator/indicator_ports.h
class TextRepository;        // app/text/text_repository.h
class RightsRepository;      // app/rights/rights_repository.h
class MailRepository;        // app/mail/mail_repository.h
class LiveRepository;        // app/live/live_repository.h
class InitiativeRepository;  // app/initiative/initiative_repository.h

struct User {
  UserId id;
  std::string username;  // unique, lower-case ASCII
  std::string display_name;
  std::string password_hash;  // argon2id PHC string
  bool active = true;
  Instant created_at;
};

struct Session {
  std::string token_hash;  // hex SHA-256 of the cookie token; the token itself is never stored
  UserId user;
  std::string csrf_token;
  Instant created_at;
  Instant expires_at;
};

class UnitRepository {
 public:
  virtual ~UnitRepository() = default;
  // Assigns id and path (from the parent's path). Conflict on a duplicate code.
  virtual Result<Unit> Insert(Unit unit) = 0;
  virtual std::optional<Unit> Find(UnitId id) = 0;
  virtual std::optional<Unit> FindByCode(std::string_view code) = 0;
  // Children of `parent`, or the roots when nullopt; ordered by name (NFC byte order).
  virtual std::vector<Unit> Children(std::optional<UnitId> parent) = 0;
  virtual int64_t Count() = 0;
};

class AgencyRepository {
 public:
  virtual ~AgencyRepository() = default;
  // Conflict when (unit, code) exists.
  virtual Result<Agency> Insert(Agency agency) = 0;
  virtual Status Update(const Agency& agency) = 0;
  virtual std::optional<Agency> Find(AgencyId id) = 0;
  virtual std::optional<Agency> FindByCode(UnitId unit, std::string_view code) = 0;
  virtual std::vector<Agency> ListByUnit(UnitId unit) = 0;  // ordered by name
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<User> Insert(User user) = 0;  // conflict on a duplicate username
  virtual Status Update(const User& user) = 0;
  virtual std::optional<User> Find(UserId id) = 0;
  virtual std::optional<User> FindByUsername(std::string_view username) = 0;
  virtual std::vector<User> List() = 0;  // ordered by username
  // Grants come back with unit_path filled from the unit.
  virtual std::vector<RoleGrant> Grants(UserId user) = 0;
  virtual Status SetGrants(UserId user, const std::vector<RoleGrant>& grants) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Status Insert(const Session& session) = 0;
  virtual std::optional<Session> Find(std::string_view token_hash) = 0;
  virtual Status Delete(std::string_view token_hash) = 0;
  virtual Status DeleteForUser(UserId user) = 0;
};

class DialogueRepository {
 public:
  virtual ~DialogueRepository() = default;
  virtual Result<Dialogue> Insert(Dialogue dialogue) = 0;
  virtual Status Update(const Dialogue& dialogue) = 0;
  virtual std::optional<Dialogue> Find(DialogueId id) = 0;
  virtual std::vector<Dialogue> List() = 0;  // newest held_on first
  virtual Result<Milestone> InsertMilestone(Milestone milestone) = 0;
  virtual Status UpdateMilestone(const Milestone& milestone) = 0;
  virtual std::vector<Milestone> Milestones(DialogueId dialogue) = 0;  // by due date
};

struct QuestionFilter {
  std::optional<Screening> screening;
  std::optional<bool> grouped;  // true: has an issue; false: has none
  std::optional<IssueId> issue;
  int64_t limit = 50;
  int64_t offset = 0;
};

class QuestionRepository {
 public:
  virtual ~QuestionRepository() = default;
  // Assigns the id. Conflict on a duplicate tracking code.
  virtual Result<Question> Insert(Question question) = 0;
  virtual Status Update(const Question& question) = 0;
  virtual std::optional<Question> Find(QuestionId id) = 0;
  virtual std::optional<Question> FindByTrackingCode(std::string_view code) = 0;
  // Oldest first (by id).
  virtual std::vector<Question> List(DialogueId dialogue, const QuestionFilter& filter) = 0;
  virtual int64_t Count(DialogueId dialogue, const QuestionFilter& filter) = 0;
  virtual Result<ImportBatch> InsertBatch(ImportBatch batch) = 0;
};

// One address following one issue (issue 14): confirmed once its owner used the link mailed.
struct IssueFollow {
  int64_t id = 0;
  IssueId issue;
  std::string address;
  Instant requested_at;  // the latest request (its confirmation mail was queued then)
  std::optional<Instant> confirmed_at;
};

class IssueRepository {
 public:
  virtual ~IssueRepository() = default;
  virtual Result<Issue> Insert(Issue issue) = 0;
  virtual Status Update(const Issue& issue) = 0;
  virtual std::optional<Issue> Find(IssueId id) = 0;
  virtual std::vector<Issue> ListByDialogue(DialogueId dialogue) = 0;  // by id

  // "Tôi cũng muốn hỏi điều này" (issue 14; app/issue/issue_support.h): one support per
  // `supporter`, a keyed hash that never holds an identity. True when counted, false when that
  // supporter already supports the issue (nothing changes); NotFound for an issue that does
  // not exist.
  virtual Result<bool> AddSupport(IssueId issue, std::string_view supporter, Instant at) = 0;
  virtual int64_t CountSupport(IssueId issue) = 0;
  // The supporters of each issue of `dialogue` that has any.
  virtual std::map<IssueId, int64_t> SupportCounts(DialogueId dialogue) = 0;

  // Following an issue by e-mail (issue 14; app/issue/issue_follow.h; double opt-in).
  // Records a request of `address` (as ValidateEmailAddress returns it) to follow `issue`: a new
  // row, or the existing one with requested_at moved to `at` (a confirmation stays). Returns
  // the row. NotFound for an issue that does not exist.
  virtual Result<IssueFollow> RequestFollow(IssueId issue, std::string_view address,
                                            Instant at) = 0;
  virtual std::optional<IssueFollow> FindFollow(int64_t id) = 0;
  virtual std::optional<IssueFollow> FindFollowOf(IssueId issue, std::string_view address) = 0;
  // Sets confirmed_at when it is unset; NotFound for no such row.
  virtual Status ConfirmFollow(int64_t id, Instant at) = 0;
  virtual std::vector<IssueFollow> ConfirmedFollows(IssueId issue) = 0;  // by id
  // Rows of `address` whose requested_at is at or after `since` (the per-address limit).
  virtual int64_t CountFollowRequests(std::string_view address, Instant since) = 0;
};

class AnswerRepository {
 public:
  virtual ~AnswerRepository() = default;
  virtual Status Save(const Answer& answer) = 0;  // insert or replace the issue's answer
  virtual std::optional<Answer> Find(IssueId issue) = 0;
  virtual std::vector<Answer> ListByDialogue(DialogueId dialogue) = 0;
  // Approved answers of a dialogue, newest publication first, then by issue id.
  virtual std::vector<Answer> ListPublished(DialogueId dialogue, int64_t limit, int64_t offset) = 0;
  virtual int64_t CountPublished(DialogueId dialogue) = 0;
};

struct AuditQuery {
  std::string entity;     // "" for every entity
  int64_t entity_id = 0;  // with `entity` only; 0 for every id
  // Only the entries one reader may list (domain/access/audit_access.h); every entry when
  // unset. A unit's subtree is read from the units table (unit paths never change).
  std::optional<AuditScope> scope;
  int64_t limit = 100;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Stores the entry as given (its unit must exist); assigns the id.
  virtual Status Append(AuditEntry entry) = 0;
  // Newest first; filtered by entity (and id, when non-zero) when `entity` is not empty, and
  // by the scope when set.
  virtual std::vector<AuditEntry> List(const AuditQuery& query) = 0;
};

class CounterRepository {
 public:
  virtual ~CounterRepository() = default;
  // Increments the named counter and returns its new value (1 for a new counter).
  virtual Result<int64_t> Next(std::string_view name) = 0;
};

// One unit of work: every repository, seeing the same transaction.
class Tx {
 public:
  virtual ~Tx() = default;
  virtual UnitRepository& units() = 0;
  virtual AgencyRepository& agencies() = 0;
  virtual UserRepository& users() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual DialogueRepository& dialogues() = 0;
  virtual QuestionRepository& questions() = 0;
  virtual IssueRepository& issues() = 0;
  virtual AnswerRepository& answers() = 0;
  virtual AuditRepository& audit() = 0;
  virtual CounterRepository& counters() = 0;
  virtual IndicatorRepository& indicators() = 0;
  virtual DocumentRepository& documents() = 0;
  virtual TaskRepository& tasks() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual TextRepository& text() = 0;
  virtual RightsRepository& rights() = 0;
  virtual MailRepository& mail() = 0;
  virtual LiveRepository& live() = 0;
  virtual InitiativeRepository& initiatives() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Status Write(const std::function<Status(Tx&)>& work) = 0;
  virtual Status Read(const std::function<Status(Tx&)>& work) = 0;
  // Bumped by every committed write; lets readers cache derived views cheaply.
  virtual uint64_t Version() const = 0;
};

// Runs `work` in a write transaction and returns the value it produced.
template <class T, class F>
Result<T> WriteValue(Store& store, F&& work) {
  std::optional<T> out;
  Status s = store.Write([&](Tx& tx) -> Status {
    Result<T> r = work(tx);
    if (!r.ok()) return std::move(r).error();
    out = std::move(r).value();
    return Ok();
  });
  if (!s.ok()) return std::move(s).error();
  return std::move(*out);
}

template <class T, class F>
Result<T> ReadValue(Store& store, F&& work) {
  std::optional<T> out;
  Status s = store.Read([&](Tx& tx) -> Status {
    Result<T> r = work(tx);
    if (!r.ok()) return std::move(r).error();
    out = std::move(r).value();
    return Ok();
  });
  if (!s.ok()) return std::move(s).error();
  return std::move(*out);
}

}  // namespace doithoai
