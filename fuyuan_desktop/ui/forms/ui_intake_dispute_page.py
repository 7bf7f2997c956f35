# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dispute_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_IntakeDisputePage(object):
    def setupUi(self, IntakeDisputePage):
        if not IntakeDisputePage.objectName():
            IntakeDisputePage.setObjectName(u"IntakeDisputePage")
        self.page_layout = QVBoxLayout(IntakeDisputePage)
        self.page_layout.setObjectName(u"page_layout")
        self.dispute_form = QFormLayout()
        self.dispute_form.setObjectName(u"dispute_form")
        self.dispute_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category_label = QLabel(IntakeDisputePage)
        self.category_label.setObjectName(u"category_label")

        self.dispute_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(IntakeDisputePage)
        self.category_combo.setObjectName(u"category_combo")

        self.dispute_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.act_group = QGroupBox(IntakeDisputePage)
        self.act_group.setObjectName(u"act_group")
        self.act_form = QFormLayout(self.act_group)
        self.act_form.setObjectName(u"act_form")
        self.act_name_label = QLabel(self.act_group)
        self.act_name_label.setObjectName(u"act_name_label")

        self.act_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.act_name_label)

        self.act_name_edit = QLineEdit(self.act_group)
        self.act_name_edit.setObjectName(u"act_name_edit")

        self.act_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.act_name_edit)

        self.act_number_label = QLabel(self.act_group)
        self.act_number_label.setObjectName(u"act_number_label")

        self.act_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.act_number_label)

        self.act_number_edit = QLineEdit(self.act_group)
        self.act_number_edit.setObjectName(u"act_number_edit")

        self.act_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.act_number_edit)

        self.act_date_check = QCheckBox(self.act_group)
        self.act_date_check.setObjectName(u"act_date_check")

        self.act_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.act_date_check)

        self.act_date_edit = QDateEdit(self.act_group)
        self.act_date_edit.setObjectName(u"act_date_edit")
        self.act_date_edit.setEnabled(False)
        self.act_date_edit.setCalendarPopup(True)

        self.act_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.act_date_edit)


        self.dispute_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.act_group)

        self.place_label = QLabel(IntakeDisputePage)
        self.place_label.setObjectName(u"place_label")

        self.dispute_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_box = QVBoxLayout()
        self.place_box.setSpacing(2)
        self.place_box.setObjectName(u"place_box")
        self.place_combo = QComboBox(IntakeDisputePage)
        self.place_combo.setObjectName(u"place_combo")
        self.place_combo.setEditable(True)
        self.place_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.place_box.addWidget(self.place_combo)

        self.place_status = QLabel(IntakeDisputePage)
        self.place_status.setObjectName(u"place_status")
        self.place_status.setWordWrap(True)

        self.place_box.addWidget(self.place_status)


        self.dispute_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.place_box)

        self.summary_label = QLabel(IntakeDisputePage)
        self.summary_label.setObjectName(u"summary_label")

        self.dispute_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(IntakeDisputePage)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMinimumSize(QSize(0, 120))
        self.summary_edit.setTabChangesFocus(True)

        self.dispute_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.claims_label = QLabel(IntakeDisputePage)
        self.claims_label.setObjectName(u"claims_label")

        self.dispute_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.claims_label)

        self.claims_edit = QPlainTextEdit(IntakeDisputePage)
        self.claims_edit.setObjectName(u"claims_edit")
        self.claims_edit.setMinimumSize(QSize(0, 60))
        self.claims_edit.setMaximumSize(QSize(16777215, 110))
        self.claims_edit.setTabChangesFocus(True)

        self.dispute_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.claims_edit)

        self.amount_label = QLabel(IntakeDisputePage)
        self.amount_label.setObjectName(u"amount_label")

        self.dispute_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_box = QVBoxLayout()
        self.amount_box.setSpacing(2)
        self.amount_box.setObjectName(u"amount_box")
        self.amount_edit = QLineEdit(IntakeDisputePage)
        self.amount_edit.setObjectName(u"amount_edit")

        self.amount_box.addWidget(self.amount_edit)

        self.amount_status = QLabel(IntakeDisputePage)
        self.amount_status.setObjectName(u"amount_status")
        self.amount_status.setWordWrap(True)

        self.amount_box.addWidget(self.amount_status)


        self.dispute_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.amount_box)


        self.page_layout.addLayout(self.dispute_form)

        self.register_row = QHBoxLayout()
        self.register_row.setObjectName(u"register_row")
        self.source_label = QLabel(IntakeDisputePage)
        self.source_label.setObjectName(u"source_label")

        self.register_row.addWidget(self.source_label)

        self.source_combo = QComboBox(IntakeDisputePage)
        self.source_combo.setObjectName(u"source_combo")

        self.register_row.addWidget(self.source_combo)

        self.kind_label = QLabel(IntakeDisputePage)
        self.kind_label.setObjectName(u"kind_label")

        self.register_row.addWidget(self.kind_label)

        self.kind_combo = QComboBox(IntakeDisputePage)
        self.kind_combo.setObjectName(u"kind_combo")

        self.register_row.addWidget(self.kind_combo)

        self.tribunal_label = QLabel(IntakeDisputePage)
        self.tribunal_label.setObjectName(u"tribunal_label")

        self.register_row.addWidget(self.tribunal_label)

        self.tribunal_combo = QComboBox(IntakeDisputePage)
        self.tribunal_combo.setObjectName(u"tribunal_combo")
        self.tribunal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.register_row.addWidget(self.tribunal_combo)

        self.register_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_row.addItem(self.register_spacer)


        self.page_layout.addLayout(self.register_row)

        self.error_label = QLabel(IntakeDisputePage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category_combo)
        self.act_name_label.setBuddy(self.act_name_edit)
        self.act_number_label.setBuddy(self.act_number_edit)
        self.place_label.setBuddy(self.place_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.claims_label.setBuddy(self.claims_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.source_label.setBuddy(self.source_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.tribunal_label.setBuddy(self.tribunal_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.category_combo, self.act_name_edit)
        QWidget.setTabOrder(self.act_name_edit, self.act_number_edit)
        QWidget.setTabOrder(self.act_number_edit, self.act_date_check)
        QWidget.setTabOrder(self.act_date_check, self.act_date_edit)
        QWidget.setTabOrder(self.act_date_edit, self.place_combo)
        QWidget.setTabOrder(self.place_combo, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.claims_edit)
        QWidget.setTabOrder(self.claims_edit, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.source_combo)
        QWidget.setTabOrder(self.source_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.tribunal_combo)

        self.retranslateUi(IntakeDisputePage)

        QMetaObject.connectSlotsByName(IntakeDisputePage)
    # setupUi

    def retranslateUi(self, IntakeDisputePage):
        IntakeDisputePage.setTitle(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u4fe1\u606f", None))
        IntakeDisputePage.setSubTitle(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u7c7b\u578b\u548c\u4e3b\u8981\u4e8b\u5b9e\u4e3a\u5fc5\u586b\uff1b\u884c\u653f\u4e89\u8bae\u53e6\u586b\u4e89\u8bae\u7684\u884c\u653f\u884c\u4e3a\u3002\u591a\u884c\u6587\u5b57\u4e2d Enter \u6362\u884c\uff0cCtrl+Enter \u8fdb\u5165\u4e0b\u4e00\u6b65\u3002", None))
        self.category_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u7c7b\u578b(&T)", None))
        self.category_combo.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u8bf7\u9009\u62e9\u7ea0\u7eb7\u7c7b\u578b", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
        self.act_group.setTitle(QCoreApplication.translate("IntakeDisputePage", u"\u4e89\u8bae\u7684\u884c\u653f\u884c\u4e3a", None))
        self.act_name_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u884c\u4e3a\u540d\u79f0(&X)", None))
        self.act_name_edit.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u5982\uff1a\u884c\u653f\u5904\u7f5a\u51b3\u5b9a\u3001\u623f\u5c4b\u5f81\u6536\u8865\u507f\u51b3\u5b9a", None))
        self.act_number_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u6587\u53f7(&W)", None))
        self.act_number_edit.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u5982\uff1a\u677e\u5b81\u81ea\u7136\u8d44\u7f5a\u30142026\u301512\u53f7", None))
        self.act_date_check.setText(QCoreApplication.translate("IntakeDisputePage", u"\u4f5c\u51fa\u65e5\u671f(&D)", None))
        self.act_date_edit.setDisplayFormat(QCoreApplication.translate("IntakeDisputePage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.act_date_edit.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u884c\u653f\u884c\u4e3a\u4f5c\u51fa\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u5730\u70b9(&P)", None))
#if QT_CONFIG(accessibility)
        self.place_combo.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u5730\u70b9", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u4e3b\u8981\u4e8b\u5b9e(&M)", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u5fc5\u586b\uff1a\u4f55\u65f6\u3001\u4f55\u5730\u3001\u56e0\u4f55\u4e8b\u53d1\u751f\u7ea0\u7eb7\uff0c\u76ee\u524d\u72b6\u51b5", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u7ea0\u7eb7\u4e3b\u8981\u4e8b\u5b9e", None))
#endif // QT_CONFIG(accessibility)
        self.claims_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u8c03\u89e3\u8bf7\u6c42(&Q)", None))
        self.claims_edit.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u7533\u8bf7\u4eba\u5e0c\u671b\u901a\u8fc7\u8c03\u89e3\u89e3\u51b3\u7684\u4e8b\u9879", None))
#if QT_CONFIG(accessibility)
        self.claims_edit.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u8c03\u89e3\u8bf7\u6c42", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u6807\u7684\u989d\uff08\u5143\uff09(&A)", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("IntakeDisputePage", u"\u9009\u586b\uff0c\u5982 12000 \u6216 12000.50", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("IntakeDisputePage", u"\u6807\u7684\u989d\uff08\u5143\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u6848\u4ef6\u6765\u6e90(&S)", None))
        self.kind_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u8c03\u89e3\u65b9\u5f0f(&K)", None))
        self.tribunal_label.setText(QCoreApplication.translate("IntakeDisputePage", u"\u53d7\u7406\u6cd5\u5ead(&L)", None))
    # retranslateUi

