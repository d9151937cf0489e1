# zh_CN translations for QR label templates and rendering (core/labels/QrCode.cpp,
# core/labels/LabelTemplate.cpp, core/labels/LabelRender.cpp) and the label bench option of
# `suyuan-cli bench` (app/cli/CliCommands.cpp).
ZH = {
# QR codes
'There is nothing to put in the QR code.': '没有可放入二维码的内容。',
'The QR code text contains a NUL character.': '二维码内容中含有 NUL 字符。',
'The text is too long for a QR code (%1 bytes at error correction %2).': '内容太长，放不进二维码（%1 个字节，纠错等级 %2）。',
'The QR code cannot be made (error %1).': '无法生成二维码（错误 %1）。',
# templates
'Trace QR with compliance pledge certificate, %1 × %2 mm': '证码合一：追溯二维码与承诺达标合格证，%1 × %2 毫米',
'A4 sheet of %1 × %2 labels, %3 × %4 mm each': 'A4 标签纸，每页 %1 × %2 张，每张 %3 × %4 毫米',
'Thermal label %1 × %2 mm': '热敏标签 %1 × %2 毫米',
'There is no label template "%1". The templates are: %2.': '没有标签模板“%1”。可用的模板为：%2。',
# fields printed on labels
'Lot: %1': '批号：%1',
'Serial: %1': '序列号：%1',
'Produced: %1': '生产日期：%1',
'Best before: %1': '保质期至：%1',
'Net: %1': '净含量：%1',
'Origin: %1': '产地：%1',
'Producer: %1': '生产者：%1',
'Entity code: %1': '主体码：%1',
'Contact: %1': '联系方式：%1',
# 承诺达标合格证 (the wording of the certificate as issued under the Ministry of Agriculture and
# Rural Affairs' scheme)
'Compliance pledge certificate': '承诺达标合格证',
'For the edible farm produce I produce and sell, I pledge to:': '我承诺对生产销售的食用农产品：',
'use no banned or restricted pesticides or veterinary drugs': '不使用禁限用农药兽药',
'use no illegal additives': '不使用非法添加物',
'observe the pre-harvest intervals for pesticides and the withdrawal periods for veterinary drugs': '遵守农药安全间隔期、兽药休药期规定',
'sell only edible farm produce that meets the mandatory national food safety standards for pesticide and veterinary drug residues': '销售的食用农产品符合农药兽药残留食品安全国家强制性标准',
'and I am responsible for the quality and safety of the produce and for the truth of this certificate.': '并对产品质量安全以及合格证真实性负责。',
'Edible farm produce: %1': '食用农产品名称：%1',
'Quantity (weight): %1': '数量（重量）：%1',
'Issue date: %1': '开具日期：%1',
# printing and export
'Labels need fonts, and so a graphical application object (QGuiApplication; the offscreen platform will do).': '标签需要字体，因此需要图形应用程序对象（QGuiApplication；可使用 offscreen 平台）。',
'There are no labels to print.': '没有要打印的标签。',
'The device does not take pages of %1 × %2 mm.': '该设备不支持 %1 × %2 毫米的页面。',
'Cannot start printing the labels.': '无法开始打印标签。',
'Label %1: %2': '第 %1 张标签：%2',
'Printing the labels was cancelled.': '标签打印已取消。',
'The labels could not be printed.': '标签未能打印。',
'Cannot write %1: %2': '无法写入 %1：%2',
'Labels': '标签',
'%1 dpi is not a resolution labels can be drawn at.': '%1 dpi 不是可以绘制标签的分辨率。',
'The PNG image could not be made.': '无法生成 PNG 图像。',
'The number of copies must be at least 1.': '份数至少为 1。',
'The serial numbers must lie between 0 and 999999999.': '序列号必须在 0 到 999999999 之间。',
# suyuan-cli bench --labels
'Also measure exporting 1000 labels (60x40, Chinese text) to one PDF.': '另外测量将 1000 张标签（60x40，含中文）导出为一个 PDF 的耗时。',
"With --labels: keep the labels' PDF in FILE.": '与 --labels 一起使用：将标签的 PDF 保存为 FILE。',
'The label bench lays out text and needs fonts: run it as bench --labels --pdf FILE.': '标签基准测试需要排版文字、使用字体：请以 bench --labels --pdf FILE 运行。',
}
