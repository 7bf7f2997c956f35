# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 400)
        self.dialog_layout = QVBoxLayout(FirstRunDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FirstRunDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.demo_box = QGroupBox(FirstRunDialog)
        self.demo_box.setObjectName(u"demo_box")
        self.demo_layout = QHBoxLayout(self.demo_box)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_count_label = QLabel(self.demo_box)
        self.demo_count_label.setObjectName(u"demo_count_label")

        self.demo_layout.addWidget(self.demo_count_label)

        self.demo_count_spin = QSpinBox(self.demo_box)
        self.demo_count_spin.setObjectName(u"demo_count_spin")
        self.demo_count_spin.setMinimum(10)
        self.demo_count_spin.setMaximum(200000)
        self.demo_count_spin.setSingleStep(1000)
        self.demo_count_spin.setValue(2000)

        self.demo_layout.addWidget(self.demo_count_spin)

        self.demo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demo_layout.addItem(self.demo_spacer)

        self.demo_button = QPushButton(self.demo_box)
        self.demo_button.setObjectName(u"demo_button")

        self.demo_layout.addWidget(self.demo_button)


        self.dialog_layout.addWidget(self.demo_box)

        self.setup_box = QGroupBox(FirstRunDialog)
        self.setup_box.setObjectName(u"setup_box")
        self.setup_form = QFormLayout(self.setup_box)
        self.setup_form.setObjectName(u"setup_form")
        self.court_label = QLabel(self.setup_box)
        self.court_label.setObjectName(u"court_label")

        self.setup_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court_combo = QComboBox(self.setup_box)
        self.court_combo.setObjectName(u"court_combo")

        self.setup_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.court_combo)

        self.tribunal_label = QLabel(self.setup_box)
        self.tribunal_label.setObjectName(u"tribunal_label")

        self.setup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tribunal_label)

        self.tribunal_combo = QComboBox(self.setup_box)
        self.tribunal_combo.setObjectName(u"tribunal_combo")

        self.setup_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tribunal_combo)

        self.judge_label = QLabel(self.setup_box)
        self.judge_label.setObjectName(u"judge_label")

        self.setup_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.judge_label)

        self.judge_edit = QLineEdit(self.setup_box)
        self.judge_edit.setObjectName(u"judge_edit")

        self.setup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.judge_edit)

        self.clerk_label = QLabel(self.setup_box)
        self.clerk_label.setObjectName(u"clerk_label")

        self.setup_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clerk_label)

        self.clerk_edit = QLineEdit(self.setup_box)
        self.clerk_edit.setObjectName(u"clerk_edit")

        self.setup_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clerk_edit)

        self.setup_button = QPushButton(self.setup_box)
        self.setup_button.setObjectName(u"setup_button")

        self.setup_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.setup_button)


        self.dialog_layout.addWidget(self.setup_box)

        self.message_label = QLabel(FirstRunDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.skip_button = QPushButton(FirstRunDialog)
        self.skip_button.setObjectName(u"skip_button")

        self.button_row.addWidget(self.skip_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.demo_count_label.setBuddy(self.demo_count_spin)
        self.court_label.setBuddy(self.court_combo)
        self.tribunal_label.setBuddy(self.tribunal_combo)
        self.judge_label.setBuddy(self.judge_edit)
        self.clerk_label.setBuddy(self.clerk_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demo_count_spin, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.court_combo)
        QWidget.setTabOrder(self.court_combo, self.tribunal_combo)
        QWidget.setTabOrder(self.tribunal_combo, self.judge_edit)
        QWidget.setTabOrder(self.judge_edit, self.clerk_edit)
        QWidget.setTabOrder(self.clerk_edit, self.setup_button)
        QWidget.setTabOrder(self.setup_button, self.skip_button)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u8bc9\u524d\u8c03\u89e3\u5de5\u4f5c\u53f0", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u672c\u673a\u8fd8\u6ca1\u6709\u6848\u4ef6\u3002\u53ef\u4ee5\u5148\u751f\u6210\u4e00\u6279\u6f14\u793a\u6570\u636e\u719f\u6089\u64cd\u4f5c\uff0c\u4e5f\u53ef\u4ee5\u76f4\u63a5\u8bbe\u7f6e\u672c\u673a\u6240\u5c5e\u7684\u6cd5\u5ead\u548c\u627f\u529e\u4eba\u5458\uff0c\u5f00\u59cb\u767b\u8bb0\u771f\u5b9e\u6848\u4ef6\u3002", None))
        self.demo_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u8bd5\u7528\uff1a\u751f\u6210\u6f14\u793a\u6570\u636e", None))
        self.demo_count_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6848\u4ef6\u6570(&N)", None))
        self.demo_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u751f\u6210\u6f14\u793a\u6570\u636e(&G)", None))
        self.setup_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u6b63\u5f0f\u4f7f\u7528\uff1a\u8bbe\u7f6e\u672c\u6cd5\u5ead", None))
        self.court_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u9662(&C)", None))
        self.tribunal_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u5ead(&T)", None))
        self.judge_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u5b98(&J)", None))
        self.judge_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u627f\u529e\u6cd5\u5b98\u59d3\u540d", None))
        self.clerk_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0\u5458(&K)", None))
        self.clerk_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0\u5458\u59d3\u540d", None))
        self.setup_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u4fdd\u5b58\u5e76\u5f00\u59cb(&S)", None))
        self.message_label.setText("")
        self.skip_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u4ee5\u540e\u518d\u8bf4(&L)", None))
    # retranslateUi

