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
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(880, 520)
        self.dialog_layout = QVBoxLayout(FirstRunDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.steps = QStackedWidget(FirstRunDialog)
        self.steps.setObjectName(u"steps")
        self.setup_page = QWidget()
        self.setup_page.setObjectName(u"setup_page")
        self.setup_page_layout = QVBoxLayout(self.setup_page)
        self.setup_page_layout.setObjectName(u"setup_page_layout")
        self.setup_page_layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(self.setup_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.setup_page_layout.addWidget(self.intro_label)

        self.demo_box = QGroupBox(self.setup_page)
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


        self.setup_page_layout.addWidget(self.demo_box)

        self.boxes_row = QHBoxLayout()
        self.boxes_row.setObjectName(u"boxes_row")
        self.setup_box = QGroupBox(self.setup_page)
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


        self.boxes_row.addWidget(self.setup_box)

        self.account_box = QGroupBox(self.setup_page)
        self.account_box.setObjectName(u"account_box")
        self.account_form = QFormLayout(self.account_box)
        self.account_form.setObjectName(u"account_form")
        self.admin_label = QLabel(self.account_box)
        self.admin_label.setObjectName(u"admin_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.admin_label)

        self.admin_edit = QLineEdit(self.account_box)
        self.admin_edit.setObjectName(u"admin_edit")

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.admin_edit)

        self.password_label = QLabel(self.account_box)
        self.password_label.setObjectName(u"password_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.account_box)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_again_label = QLabel(self.account_box)
        self.password_again_label.setObjectName(u"password_again_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again_edit = QLineEdit(self.account_box)
        self.password_again_edit.setObjectName(u"password_again_edit")
        self.password_again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_again_edit)

        self.account_hint = QLabel(self.account_box)
        self.account_hint.setObjectName(u"account_hint")
        self.account_hint.setWordWrap(True)

        self.account_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.account_hint)


        self.boxes_row.addWidget(self.account_box)


        self.setup_page_layout.addLayout(self.boxes_row)

        self.setup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setup_page_layout.addItem(self.setup_spacer)

        self.steps.addWidget(self.setup_page)
        self.recovery_page = QWidget()
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_layout = QVBoxLayout(self.recovery_page)
        self.recovery_layout.setObjectName(u"recovery_layout")
        self.recovery_layout.setContentsMargins(0, 0, 0, 0)
        self.recovery_intro = QLabel(self.recovery_page)
        self.recovery_intro.setObjectName(u"recovery_intro")
        self.recovery_intro.setWordWrap(True)

        self.recovery_layout.addWidget(self.recovery_intro)

        self.recovery_key_label = QLabel(self.recovery_page)
        self.recovery_key_label.setObjectName(u"recovery_key_label")
        self.recovery_key_label.setText(u"")
        self.recovery_key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key_label.setWordWrap(True)
        self.recovery_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recovery_layout.addWidget(self.recovery_key_label)

        self.pdf_row = QHBoxLayout()
        self.pdf_row.setObjectName(u"pdf_row")
        self.save_pdf_button = QPushButton(self.recovery_page)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.pdf_row.addWidget(self.save_pdf_button)

        self.pdf_label = QLabel(self.recovery_page)
        self.pdf_label.setObjectName(u"pdf_label")
        self.pdf_label.setWordWrap(True)

        self.pdf_row.addWidget(self.pdf_label)


        self.recovery_layout.addLayout(self.pdf_row)

        self.confirm_form = QFormLayout()
        self.confirm_form.setObjectName(u"confirm_form")
        self.confirm_label = QLabel(self.recovery_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.confirm_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(self.recovery_page)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setMaximumSize(QSize(160, 16777215))
        self.confirm_edit.setMaxLength(4)

        self.confirm_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.recovery_layout.addLayout(self.confirm_form)

        self.recovery_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_layout.addItem(self.recovery_spacer)

        self.steps.addWidget(self.recovery_page)

        self.dialog_layout.addWidget(self.steps)

        self.message_label = QLabel(FirstRunDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.skip_button = QPushButton(FirstRunDialog)
        self.skip_button.setObjectName(u"skip_button")

        self.button_row.addWidget(self.skip_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.setup_button = QPushButton(FirstRunDialog)
        self.setup_button.setObjectName(u"setup_button")

        self.button_row.addWidget(self.setup_button)

        self.continue_button = QPushButton(FirstRunDialog)
        self.continue_button.setObjectName(u"continue_button")

        self.button_row.addWidget(self.continue_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.demo_count_label.setBuddy(self.demo_count_spin)
        self.court_label.setBuddy(self.court_combo)
        self.tribunal_label.setBuddy(self.tribunal_combo)
        self.judge_label.setBuddy(self.judge_edit)
        self.clerk_label.setBuddy(self.clerk_edit)
        self.admin_label.setBuddy(self.admin_edit)
        self.password_label.setBuddy(self.password_edit)
        self.password_again_label.setBuddy(self.password_again_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.court_combo, self.tribunal_combo)
        QWidget.setTabOrder(self.tribunal_combo, self.judge_edit)
        QWidget.setTabOrder(self.judge_edit, self.clerk_edit)
        QWidget.setTabOrder(self.clerk_edit, self.admin_edit)
        QWidget.setTabOrder(self.admin_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.password_again_edit)
        QWidget.setTabOrder(self.password_again_edit, self.setup_button)
        QWidget.setTabOrder(self.setup_button, self.skip_button)
        QWidget.setTabOrder(self.skip_button, self.demo_count_spin)
        QWidget.setTabOrder(self.demo_count_spin, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.continue_button)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u8bc9\u524d\u8c03\u89e3\u5de5\u4f5c\u53f0", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u672c\u673a\u8fd8\u6ca1\u6709\u6848\u4ef6\u3002\u8bf7\u8bbe\u7f6e\u672c\u673a\u6240\u5c5e\u7684\u6cd5\u5ead\uff0c\u5e76\u521b\u5efa\u7b2c\u4e00\u4e2a\u7ba1\u7406\u5458\u8d26\u6237\uff1a\u6848\u4ef6\u5e93\u968f\u5373\u52a0\u5bc6\uff0c\u7b14\u8bb0\u672c\u4e22\u5931\u65f6\u5f53\u4e8b\u4eba\u7684\u8eab\u4efd\u8bc1\u53f7\u3001\u4f4f\u5740\u7b49\u4e0d\u4f1a\u88ab\u8bfb\u53d6\u3002\u4e5f\u53ef\u4ee5\u5148\u6253\u5f00\u6f14\u793a\u5de5\u4f5c\u533a\u719f\u6089\u64cd\u4f5c\u3002", None))
        self.demo_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u8bd5\u7528\uff1a\u6253\u5f00\u6f14\u793a\u5de5\u4f5c\u533a\uff08\u865a\u6784\u6570\u636e\uff0c\u4e0e\u6b63\u5f0f\u6570\u636e\u5206\u5f00\uff09", None))
        self.demo_count_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6848\u4ef6\u6570(&N)", None))
        self.demo_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u6253\u5f00\u6f14\u793a\u5de5\u4f5c\u533a(&G)", None))
        self.setup_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u672c\u6cd5\u5ead", None))
        self.court_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u9662(&C)", None))
        self.tribunal_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u5ead(&T)", None))
        self.judge_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u6cd5\u5b98(&J)", None))
        self.judge_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u627f\u529e\u6cd5\u5b98\u59d3\u540d", None))
        self.clerk_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0\u5458(&K)", None))
        self.clerk_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4e66\u8bb0\u5458\u59d3\u540d\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.account_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u7ba1\u7406\u5458\u8d26\u6237\u548c\u52a0\u5bc6", None))
        self.admin_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u8d26\u6237\u540d(&A)", None))
        self.admin_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u5982\uff1a\u7ba1\u7406\u5458\u3001\u738b\u6cd5\u5b98", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u5bc6\u7801(&P)", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u81f3\u5c11 8 \u4e2a\u5b57\u7b26", None))
        self.password_again_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u518d\u8f93\u4e00\u6b21(&R)", None))
        self.account_hint.setText(QCoreApplication.translate("FirstRunDialog", u"\u6848\u4ef6\u5e93\u7528\u6b64\u8d26\u6237\u7684\u5bc6\u7801\u52a0\u5bc6\uff08\u5df2\u6709\u7684\u6570\u636e\u5c31\u5730\u52a0\u5bc6\uff0c\u5148\u81ea\u52a8\u5907\u4efd\uff09\u3002\u968f\u540e\u663e\u793a\u4e00\u6b21\u6062\u590d\u5bc6\u94a5\u3002", None))
        self.recovery_intro.setText(QCoreApplication.translate("FirstRunDialog", u"\u6848\u4ef6\u5e93\u5df2\u52a0\u5bc6\uff0c\u7ba1\u7406\u5458\u8d26\u6237\u5df2\u521b\u5efa\u3002\u4e0b\u9762\u662f\u6062\u590d\u5bc6\u94a5\uff1a\u5fd8\u8bb0\u6240\u6709\u8d26\u6237\u7684\u5bc6\u7801\u65f6\uff0c\u53ea\u6709\u51ed\u5b83\u624d\u80fd\u627e\u56de\u6570\u636e\u3002\u5b83\u53ea\u663e\u793a\u8fd9\u4e00\u6b21\uff0c\u7a0b\u5e8f\u4e0d\u4fdd\u5b58\u5b83\u3002\u8bf7\u53e6\u5b58\u4e3a PDF \u6253\u5370\uff0c\u6216\u5de5\u6574\u6284\u4e0b\uff0c\u9501\u8fdb\u67dc\u5b50\u3002", None))
        self.save_pdf_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u53e6\u5b58\u4e3a PDF \u4ee5\u4fbf\u6253\u5370(&S)\u2026", None))
        self.pdf_label.setText("")
        self.confirm_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u786e\u8ba4\u5df2\u4fdd\u5b58\uff1a\u8f93\u5165\u5bc6\u94a5\u7684\u6700\u540e 4 \u4e2a\u5b57\u7b26(&K)", None))
        self.message_label.setText("")
        self.skip_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u6682\u4e0d\u52a0\u5bc6\uff0c\u4ee5\u540e\u518d\u8bbe(&L)\u2026", None))
        self.setup_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u52a0\u5bc6\u5e76\u5f00\u59cb(&E)", None))
        self.continue_button.setText(QCoreApplication.translate("FirstRunDialog", u"\u5df2\u4fdd\u5b58\u5bc6\u94a5\uff0c\u7ee7\u7eed(&O)", None))
    # retranslateUi

