#pragma once

#include "util/Result.h"

namespace suyuan {

class Database;

constexpr int kSchemaVersion = 1;
constexpr char kProfileMagic[] = "suyuan.ledger";

// Creates every table of a new ledger database (inside the caller's transaction).
Status createSchema(Database& db);

} // namespace suyuan
