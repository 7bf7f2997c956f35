# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.page_layout = QVBoxLayout(SettingsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.device_box = QGroupBox(SettingsPage)
        self.device_box.setObjectName(u"device_box")
        self.device_box.setMaximumSize(QSize(880, 16777215))
        self.device_form = QFormLayout(self.device_box)
        self.device_form.setObjectName(u"device_form")
        self.device_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.court_caption = QLabel(self.device_box)
        self.court_caption.setObjectName(u"court_caption")

        self.device_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.court_caption)

        self.court_value = QLabel(self.device_box)
        self.court_value.setObjectName(u"court_value")
        self.court_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.device_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.court_value)

        self.tribunal_caption = QLabel(self.device_box)
        self.tribunal_caption.setObjectName(u"tribunal_caption")

        self.device_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tribunal_caption)

        self.tribunal_value = QLabel(self.device_box)
        self.tribunal_value.setObjectName(u"tribunal_value")
        self.tribunal_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.device_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tribunal_value)

        self.device_caption = QLabel(self.device_box)
        self.device_caption.setObjectName(u"device_caption")

        self.device_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.device_caption)

        self.device_value = QLabel(self.device_box)
        self.device_value.setObjectName(u"device_value")
        self.device_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.device_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.device_value)

        self.data_dir_caption = QLabel(self.device_box)
        self.data_dir_caption.setObjectName(u"data_dir_caption")

        self.device_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.data_dir_caption)

        self.data_dir_row = QHBoxLayout()
        self.data_dir_row.setObjectName(u"data_dir_row")
        self.data_dir_value = QLineEdit(self.device_box)
        self.data_dir_value.setObjectName(u"data_dir_value")
        self.data_dir_value.setReadOnly(True)
        self.data_dir_value.setMinimumSize(QSize(480, 0))

        self.data_dir_row.addWidget(self.data_dir_value)

        self.open_data_dir_button = QPushButton(self.device_box)
        self.open_data_dir_button.setObjectName(u"open_data_dir_button")

        self.data_dir_row.addWidget(self.open_data_dir_button)


        self.device_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.data_dir_row)

        self.protection_caption = QLabel(self.device_box)
        self.protection_caption.setObjectName(u"protection_caption")

        self.device_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.protection_caption)

        self.protection_value = QLabel(self.device_box)
        self.protection_value.setObjectName(u"protection_value")
        self.protection_value.setMinimumSize(QSize(600, 0))
        self.protection_value.setWordWrap(True)
        self.protection_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.device_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.protection_value)


        self.page_layout.addWidget(self.device_box)

        self.interface_box = QGroupBox(SettingsPage)
        self.interface_box.setObjectName(u"interface_box")
        self.interface_box.setMaximumSize(QSize(880, 16777215))
        self.interface_form = QFormLayout(self.interface_box)
        self.interface_form.setObjectName(u"interface_form")
        self.interface_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_caption = QLabel(self.interface_box)
        self.language_caption.setObjectName(u"language_caption")

        self.interface_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_caption)

        self.language_row = QHBoxLayout()
        self.language_row.setObjectName(u"language_row")
        self.language_combo = QComboBox(self.interface_box)
        self.language_combo.setObjectName(u"language_combo")

        self.language_row.addWidget(self.language_combo)

        self.language_hint = QLabel(self.interface_box)
        self.language_hint.setObjectName(u"language_hint")

        self.language_row.addWidget(self.language_hint)

        self.language_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.language_row.addItem(self.language_spacer)


        self.interface_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.language_row)

        self.font_size_caption = QLabel(self.interface_box)
        self.font_size_caption.setObjectName(u"font_size_caption")

        self.interface_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.font_size_caption)

        self.font_size_spin = QDoubleSpinBox(self.interface_box)
        self.font_size_spin.setObjectName(u"font_size_spin")
        self.font_size_spin.setDecimals(1)
        self.font_size_spin.setMinimum(9.000000000000000)
        self.font_size_spin.setMaximum(18.000000000000000)
        self.font_size_spin.setSingleStep(0.500000000000000)
        self.font_size_spin.setValue(10.500000000000000)

        self.interface_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.font_size_spin)

        self.autosave_caption = QLabel(self.interface_box)
        self.autosave_caption.setObjectName(u"autosave_caption")

        self.interface_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.autosave_caption)

        self.autosave_spin = QSpinBox(self.interface_box)
        self.autosave_spin.setObjectName(u"autosave_spin")
        self.autosave_spin.setMinimum(1)
        self.autosave_spin.setMaximum(300)
        self.autosave_spin.setValue(2)

        self.interface_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.autosave_spin)


        self.page_layout.addWidget(self.interface_box)

        self.data_box = QGroupBox(SettingsPage)
        self.data_box.setObjectName(u"data_box")
        self.data_box.setMaximumSize(QSize(880, 16777215))
        self.data_form = QFormLayout(self.data_box)
        self.data_form.setObjectName(u"data_form")
        self.data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.demo_caption = QLabel(self.data_box)
        self.demo_caption.setObjectName(u"demo_caption")

        self.data_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.demo_caption)

        self.demo_row = QHBoxLayout()
        self.demo_row.setObjectName(u"demo_row")
        self.demo_count_spin = QSpinBox(self.data_box)
        self.demo_count_spin.setObjectName(u"demo_count_spin")
        self.demo_count_spin.setMinimum(10)
        self.demo_count_spin.setMaximum(200000)
        self.demo_count_spin.setSingleStep(1000)
        self.demo_count_spin.setValue(2000)

        self.demo_row.addWidget(self.demo_count_spin)

        self.demo_button = QPushButton(self.data_box)
        self.demo_button.setObjectName(u"demo_button")

        self.demo_row.addWidget(self.demo_button)

        self.demo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demo_row.addItem(self.demo_spacer)


        self.data_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.demo_row)

        self.demo_hint_caption = QLabel(self.data_box)
        self.demo_hint_caption.setObjectName(u"demo_hint_caption")

        self.data_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.demo_hint_caption)

        self.demo_result = QLabel(self.data_box)
        self.demo_result.setObjectName(u"demo_result")
        self.demo_result.setWordWrap(True)

        self.data_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.demo_result)

        self.audit_caption = QLabel(self.data_box)
        self.audit_caption.setObjectName(u"audit_caption")

        self.data_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audit_caption)

        self.audit_row = QHBoxLayout()
        self.audit_row.setObjectName(u"audit_row")
        self.audit_button = QPushButton(self.data_box)
        self.audit_button.setObjectName(u"audit_button")

        self.audit_row.addWidget(self.audit_button)

        self.audit_result = QLabel(self.data_box)
        self.audit_result.setObjectName(u"audit_result")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.audit_result.sizePolicy().hasHeightForWidth())
        self.audit_result.setSizePolicy(sizePolicy)
        self.audit_result.setWordWrap(True)
        self.audit_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.audit_row.addWidget(self.audit_result)


        self.data_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.audit_row)

        self.hub_caption = QLabel(self.data_box)
        self.hub_caption.setObjectName(u"hub_caption")

        self.data_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hub_caption)

        self.hub_row = QHBoxLayout()
        self.hub_row.setObjectName(u"hub_row")
        self.hub_button = QPushButton(self.data_box)
        self.hub_button.setObjectName(u"hub_button")

        self.hub_row.addWidget(self.hub_button)

        self.hub_result = QLabel(self.data_box)
        self.hub_result.setObjectName(u"hub_result")
        sizePolicy.setHeightForWidth(self.hub_result.sizePolicy().hasHeightForWidth())
        self.hub_result.setSizePolicy(sizePolicy)
        self.hub_result.setWordWrap(True)

        self.hub_row.addWidget(self.hub_result)


        self.data_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hub_row)


        self.page_layout.addWidget(self.data_box)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.language_caption.setBuddy(self.language_combo)
        self.font_size_caption.setBuddy(self.font_size_spin)
        self.autosave_caption.setBuddy(self.autosave_spin)
        self.demo_caption.setBuddy(self.demo_count_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.data_dir_value, self.open_data_dir_button)
        QWidget.setTabOrder(self.open_data_dir_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.font_size_spin)
        QWidget.setTabOrder(self.font_size_spin, self.autosave_spin)
        QWidget.setTabOrder(self.autosave_spin, self.demo_count_spin)
        QWidget.setTabOrder(self.demo_count_spin, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.audit_button)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"\u8bbe\u7f6e", None))
        self.device_box.setTitle(QCoreApplication.translate("SettingsPage", u"\u672c\u673a", None))
        self.court_caption.setText(QCoreApplication.translate("SettingsPage", u"\u6cd5\u9662", None))
        self.tribunal_caption.setText(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u6240\u5c5e\u6cd5\u5ead", None))
        self.device_caption.setText(QCoreApplication.translate("SettingsPage", u"\u8bbe\u5907", None))
        self.data_dir_caption.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u76ee\u5f55", None))
#if QT_CONFIG(accessibility)
        self.data_dir_value.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u76ee\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.open_data_dir_button.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u6587\u4ef6\u5939(&O)", None))
        self.protection_caption.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u4fdd\u62a4", None))
        self.interface_box.setTitle(QCoreApplication.translate("SettingsPage", u"\u754c\u9762", None))
        self.language_caption.setText(QCoreApplication.translate("SettingsPage", u"\u754c\u9762\u8bed\u8a00(&L)", None))
        self.language_hint.setText(QCoreApplication.translate("SettingsPage", u"\u91cd\u65b0\u542f\u52a8\u540e\u751f\u6548", None))
        self.font_size_caption.setText(QCoreApplication.translate("SettingsPage", u"\u5b57\u53f7(&F)", None))
        self.font_size_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u78c5", None))
        self.autosave_caption.setText(QCoreApplication.translate("SettingsPage", u"\u7b14\u5f55\u81ea\u52a8\u4fdd\u5b58\u95f4\u9694(&A)", None))
        self.autosave_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u79d2", None))
        self.data_box.setTitle(QCoreApplication.translate("SettingsPage", u"\u6570\u636e", None))
        self.demo_caption.setText(QCoreApplication.translate("SettingsPage", u"\u6f14\u793a\u6848\u4ef6\u6570(&N)", None))
        self.demo_button.setText(QCoreApplication.translate("SettingsPage", u"\u751f\u6210\u6f14\u793a\u6570\u636e(&G)", None))
        self.demo_hint_caption.setText("")
        self.demo_result.setText(QCoreApplication.translate("SettingsPage", u"\u6f14\u793a\u6570\u636e\u662f\u865a\u6784\u7684\u677e\u539f\u6848\u4ef6\uff0c\u7528\u4e8e\u57f9\u8bad\u548c\u8bd5\u7528\uff1b\u653e\u5728\u5355\u72ec\u7684\u6f14\u793a\u5de5\u4f5c\u533a\uff08\u65b0\u7a97\u53e3\uff0c\u6807\u9898\u680f\u6807\u201c\u6f14\u793a\u201d\uff09\uff0c\u4e0e\u6b63\u5f0f\u6570\u636e\u5206\u5f00\uff0c\u4e0d\u4f1a\u540c\u6b65\u5230\u6cd5\u9662\u3002", None))
        self.audit_caption.setText(QCoreApplication.translate("SettingsPage", u"\u5ba1\u8ba1\u94fe", None))
        self.audit_button.setText(QCoreApplication.translate("SettingsPage", u"\u68c0\u67e5\u5ba1\u8ba1\u94fe(&V)", None))
        self.audit_result.setText("")
        self.hub_caption.setText(QCoreApplication.translate("SettingsPage", u"\u4e2d\u9662\u6570\u636e\u4e2d\u5fc3", None))
        self.hub_button.setText(QCoreApplication.translate("SettingsPage", u"\u4ee5\u6570\u636e\u4e2d\u5fc3\u6a21\u5f0f\u6253\u5f00(&H)\u2026", None))
#if QT_CONFIG(tooltip)
        self.hub_button.setToolTip(QCoreApplication.translate("SettingsPage", u"\u4e2d\u9662\u5de5\u4f5c\u4eba\u5458\uff1a\u9009\u62e9\u4e2d\u9662\u7aef\u6587\u4ef6\u5939\uff0c\u5728\u65b0\u7a97\u53e3\u4e2d\u5bfc\u5165\u5404\u6cd5\u5ead\u7684\u6570\u636e\u5305\u3001\u67e5\u770b\u8bbe\u5907\u3001\u7f3a\u6f0f\u3001\u9694\u79bb\u4e0e\u51b2\u7a81", None))
#endif // QT_CONFIG(tooltip)
        self.hub_result.setText("")
        pass
    # retranslateUi

