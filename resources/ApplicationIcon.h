#pragma once

#include <QIcon>

namespace suyuan {

// The application icon (:/icons/suyuan.svg), drawn with QtSvg at the usual icon sizes.
// Rendering it here rather than through the SVG icon-engine plugin means the icon
// cannot silently go blank on a system that lacks the plugin: QtSvg is a link-time
// dependency of the executable instead.
QIcon applicationIcon();

} // namespace suyuan
