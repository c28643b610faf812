// The abbreviation table (agency_abbreviations.h). Sources: the shorthand seen in the real
// documents of tests/data/documents/real and in tests/data/documents/agency-names.tsv, and the
// official names of the bodies (Law on Local Government Organisation; Decrees 107/2020 and
// 108/2020 on provincial departments and district/commune offices; the mass organisations'
// charters). An entry goes in only when its short form has no other reading in an agency name.
#include "domain/agency/agency_abbreviations.h"

namespace doithoai {
namespace {

constexpr AgencyAbbreviation kAbbreviations[] = {
    // Departments (Sở, Phòng), written with their initials: "Sở LĐ-TB&XH", "Phòng VH-XH".
    {"ld tb xh", "lao dong thuong binh xa hoi"},
    {"ldtbxh", "lao dong thuong binh xa hoi"},
    {"ld tbxh", "lao dong thuong binh xa hoi"},
    {"kh cn", "khoa hoc cong nghe"},
    {"khcn", "khoa hoc cong nghe"},
    {"kh dt", "ke hoach dau tu"},
    {"khdt", "ke hoach dau tu"},
    {"tn mt", "tai nguyen moi truong"},
    {"tnmt", "tai nguyen moi truong"},
    {"gd dt", "giao duc dao tao"},
    {"gddt", "giao duc dao tao"},
    {"vh tt dl", "van hoa the thao du lich"},
    {"vhtt dl", "van hoa the thao du lich"},
    {"vhttdl", "van hoa the thao du lich"},
    {"vh tt", "van hoa thong tin"},  // the district's Phòng Văn hóa và Thông tin
    {"vhtt", "van hoa thong tin"},
    {"vh xh", "van hoa xa hoi"},  // the ward's Phòng Văn hóa - Xã hội (2025)
    {"vhxh", "van hoa xa hoi"},
    {"tt tt", "thong tin truyen thong"},
    {"tttt", "thong tin truyen thong"},
    {"nn ptnt", "nong nghiep phat trien nong thon"},
    {"nnptnt", "nong nghiep phat trien nong thon"},
    {"nn mt", "nong nghiep moi truong"},
    {"kt ht dt", "kinh te ha tang do thi"},
    {"kt ht", "kinh te ha tang"},
    {"tc kh", "tai chinh ke hoach"},
    {"gtvt", "giao thong van tai"},
    {"nv", "noi vu"},
    {"kt", "kinh te"},
    {"tc", "tai chinh"},
    {"yt", "y te"},
    {"tp", "thanh pho"},
    {"tx", "thi xa"},
    // People's Councils and Committees, their offices.
    {"hdnd", "hoi dong nhan dan"},
    {"ubnd", "uy ban nhan dan"},
    {"unbd", "uy ban nhan dan"},  // a typing slip common enough to list
    {"ub", "uy ban"},
    {"vp", "van phong"},
    // The Fatherland Front and the mass organisations.
    {"ubmttqvn", "uy ban mat tran to quoc viet nam"},
    {"ubmttq", "uy ban mat tran to quoc"},
    {"mttqvn", "mat tran to quoc viet nam"},
    {"mttq", "mat tran to quoc"},
    {"tncs", "thanh nien cong san"},
    {"hcm", "ho chi minh"},
    {"dtn", "doan thanh nien"},
    {"tn", "thanh nien"},
    {"lhtn", "lien hiep thanh nien"},
    {"lhpn", "lien hiep phu nu"},
    {"ccb", "cuu chien binh"},
    {"nd", "nong dan"},
    {"ldld", "lien doan lao dong"},
    {"ctxh", "chinh tri xa hoi"},
    {"ct xh", "chinh tri xa hoi"},
    // Security, defence, justice, social insurance, health.
    {"ca", "cong an"},
    {"bchqs", "ban chi huy quan su"},
    {"chqs", "chi huy quan su"},
    {"qs", "quan su"},
    {"tand", "toa an nhan dan"},
    {"vksnd", "vien kiem sat nhan dan"},
    {"bhxh", "bao hiem xa hoi"},
    {"nhcsxh", "ngan hang chinh sach xa hoi"},
    {"ttyt", "trung tam y te"},
    {"tyt", "tram y te"},
    {"tw", "trung uong"},
    // Party and Youth Union committees: "BCH Đoàn phường", "BTV Quận đoàn".
    {"bch", "ban chap hanh"},
    {"btv", "ban thuong vu"},
};

// Names after folding, expansion and removal of the unit's place: "Đoàn phường" is "doan",
// and so is "Thành đoàn Hải Phòng" in the city of Hải Phòng (StripPlace reads "<kind> đoàn" as
// the unit's own Youth Union; another level's, "Quận đoàn" in a ward, stays apart).
constexpr const char* kYouthUnion[] = {"doan thanh nien cong san ho chi minh", "doan thanh nien",
                                       "doan", "ban chap hanh doan", "doan thanh nien cong san"};
constexpr const char* kFatherlandFront[] = {"uy ban mat tran to quoc viet nam",
                                            "uy ban mat tran to quoc",
                                            "mat tran to quoc viet nam",
                                            "mat tran to quoc",
                                            "mat tran",
                                            "uy ban mat tran"};
constexpr const char* kPeoplesCommittee[] = {"uy ban nhan dan", "chinh quyen"};
constexpr const char* kPeoplesCouncil[] = {"hoi dong nhan dan", "thuong truc hoi dong nhan dan"};
constexpr const char* kWomen[] = {"hoi lien hiep phu nu viet nam", "hoi lien hiep phu nu",
                                  "hoi phu nu", "lien hiep phu nu", "phu nu"};
constexpr const char* kFarmers[] = {"hoi nong dan viet nam", "hoi nong dan", "nong dan"};
constexpr const char* kVeterans[] = {"hoi cuu chien binh viet nam", "hoi cuu chien binh",
                                     "cuu chien binh"};
constexpr const char* kLabour[] = {"lien doan lao dong", "cong doan"};
constexpr const char* kPolice[] = {"cong an"};
constexpr const char* kMilitary[] = {"ban chi huy quan su", "chi huy quan su", "quan su"};
constexpr const char* kYouthFederation[] = {"hoi lien hiep thanh nien viet nam",
                                            "hoi lien hiep thanh nien"};

constexpr GenericBodyNames kGeneric[] = {
    {"doan thanh nien", kYouthUnion},
    {"mat tran to quoc", kFatherlandFront},
    {"uy ban nhan dan", kPeoplesCommittee},
    {"hoi dong nhan dan", kPeoplesCouncil},
    {"hoi lien hiep phu nu", kWomen},
    {"hoi nong dan", kFarmers},
    {"hoi cuu chien binh", kVeterans},
    {"lien doan lao dong", kLabour},
    {"cong an", kPolice},
    {"ban chi huy quan su", kMilitary},
    {"hoi lien hiep thanh nien", kYouthFederation},
};

constexpr const char* kMassOrganisations[] = {
    "mat tran to quoc",   "doan thanh nien",    "hoi lien hiep phu nu",    "hoi nong dan",
    "hoi cuu chien binh", "lien doan lao dong", "hoi lien hiep thanh nien"};

}  // namespace

std::span<const AgencyAbbreviation> AgencyAbbreviations() { return kAbbreviations; }
std::span<const GenericBodyNames> GenericBodies() { return kGeneric; }
std::span<const char* const> MassOrganisationKeys() { return kMassOrganisations; }

}  // namespace doithoai
