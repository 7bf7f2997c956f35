# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_parties_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_IntakePartiesPage(object):
    def setupUi(self, IntakePartiesPage):
        if not IntakePartiesPage.objectName():
            IntakePartiesPage.setObjectName(u"IntakePartiesPage")
        self.page_layout = QVBoxLayout(IntakePartiesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.list_column = QVBoxLayout()
        self.list_column.setObjectName(u"list_column")
        self.party_list_label = QLabel(IntakePartiesPage)
        self.party_list_label.setObjectName(u"party_list_label")

        self.list_column.addWidget(self.party_list_label)

        self.party_list = QListWidget(IntakePartiesPage)
        self.party_list.setObjectName(u"party_list")
        self.party_list.setMinimumSize(QSize(230, 0))
        self.party_list.setMaximumSize(QSize(280, 16777215))
        self.party_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.party_list.setWordWrap(True)
        self.party_list.setSpacing(2)

        self.list_column.addWidget(self.party_list)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.add_party_button = QPushButton(IntakePartiesPage)
        self.add_party_button.setObjectName(u"add_party_button")

        self.list_buttons.addWidget(self.add_party_button)

        self.remove_party_button = QPushButton(IntakePartiesPage)
        self.remove_party_button.setObjectName(u"remove_party_button")

        self.list_buttons.addWidget(self.remove_party_button)


        self.list_column.addLayout(self.list_buttons)


        self.columns.addLayout(self.list_column)

        self.editor_column = QVBoxLayout()
        self.editor_column.setObjectName(u"editor_column")
        self.party_form = QFormLayout()
        self.party_form.setObjectName(u"party_form")
        self.party_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role_label = QLabel(IntakePartiesPage)
        self.role_label.setObjectName(u"role_label")

        self.party_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(IntakePartiesPage)
        self.role_combo.setObjectName(u"role_combo")

        self.party_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.kind_label = QLabel(IntakePartiesPage)
        self.kind_label.setObjectName(u"kind_label")

        self.party_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(IntakePartiesPage)
        self.kind_combo.setObjectName(u"kind_combo")

        self.party_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.name_label = QLabel(IntakePartiesPage)
        self.name_label.setObjectName(u"name_label")

        self.party_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(IntakePartiesPage)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_status = QLabel(IntakePartiesPage)
        self.name_status.setObjectName(u"name_status")
        self.name_status.setWordWrap(True)

        self.name_box.addWidget(self.name_status)


        self.party_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.id_number_label = QLabel(IntakePartiesPage)
        self.id_number_label.setObjectName(u"id_number_label")

        self.party_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_box = QVBoxLayout()
        self.id_number_box.setSpacing(2)
        self.id_number_box.setObjectName(u"id_number_box")
        self.id_number_edit = QLineEdit(IntakePartiesPage)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(24)

        self.id_number_box.addWidget(self.id_number_edit)

        self.id_number_status = QLabel(IntakePartiesPage)
        self.id_number_status.setObjectName(u"id_number_status")
        self.id_number_status.setWordWrap(True)

        self.id_number_box.addWidget(self.id_number_status)


        self.party_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.id_number_box)

        self.credit_code_label = QLabel(IntakePartiesPage)
        self.credit_code_label.setObjectName(u"credit_code_label")

        self.party_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.credit_code_label)

        self.credit_code_box = QVBoxLayout()
        self.credit_code_box.setSpacing(2)
        self.credit_code_box.setObjectName(u"credit_code_box")
        self.credit_code_edit = QLineEdit(IntakePartiesPage)
        self.credit_code_edit.setObjectName(u"credit_code_edit")
        self.credit_code_edit.setMaxLength(24)

        self.credit_code_box.addWidget(self.credit_code_edit)

        self.credit_code_status = QLabel(IntakePartiesPage)
        self.credit_code_status.setObjectName(u"credit_code_status")
        self.credit_code_status.setWordWrap(True)

        self.credit_code_box.addWidget(self.credit_code_status)


        self.party_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.credit_code_box)

        self.representative_label = QLabel(IntakePartiesPage)
        self.representative_label.setObjectName(u"representative_label")

        self.party_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.representative_label)

        self.representative_row = QHBoxLayout()
        self.representative_row.setObjectName(u"representative_row")
        self.representative_edit = QLineEdit(IntakePartiesPage)
        self.representative_edit.setObjectName(u"representative_edit")

        self.representative_row.addWidget(self.representative_edit)

        self.representative_title_label = QLabel(IntakePartiesPage)
        self.representative_title_label.setObjectName(u"representative_title_label")

        self.representative_row.addWidget(self.representative_title_label)

        self.representative_title_edit = QLineEdit(IntakePartiesPage)
        self.representative_title_edit.setObjectName(u"representative_title_edit")
        self.representative_title_edit.setMaximumSize(QSize(140, 16777215))

        self.representative_row.addWidget(self.representative_title_edit)


        self.party_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.representative_row)

        self.phone_label = QLabel(IntakePartiesPage)
        self.phone_label.setObjectName(u"phone_label")

        self.party_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone_edit = QLineEdit(IntakePartiesPage)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(24)

        self.phone_box.addWidget(self.phone_edit)

        self.phone_status = QLabel(IntakePartiesPage)
        self.phone_status.setObjectName(u"phone_status")
        self.phone_status.setWordWrap(True)

        self.phone_box.addWidget(self.phone_status)


        self.party_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.address_label = QLabel(IntakePartiesPage)
        self.address_label.setObjectName(u"address_label")

        self.party_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(IntakePartiesPage)
        self.address_edit.setObjectName(u"address_edit")

        self.party_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.ethnicity_label = QLabel(IntakePartiesPage)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.party_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_edit = QLineEdit(IntakePartiesPage)
        self.ethnicity_edit.setObjectName(u"ethnicity_edit")

        self.party_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ethnicity_edit)

        self.occupation_label = QLabel(IntakePartiesPage)
        self.occupation_label.setObjectName(u"occupation_label")

        self.party_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.occupation_label)

        self.occupation_edit = QLineEdit(IntakePartiesPage)
        self.occupation_edit.setObjectName(u"occupation_edit")

        self.party_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.occupation_edit)


        self.editor_column.addLayout(self.party_form)

        self.suggestion_frame = QFrame(IntakePartiesPage)
        self.suggestion_frame.setObjectName(u"suggestion_frame")
        self.suggestion_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_row = QHBoxLayout(self.suggestion_frame)
        self.suggestion_row.setObjectName(u"suggestion_row")
        self.suggestion_label = QLabel(self.suggestion_frame)
        self.suggestion_label.setObjectName(u"suggestion_label")
        self.suggestion_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestion_label.sizePolicy().hasHeightForWidth())
        self.suggestion_label.setSizePolicy(sizePolicy)

        self.suggestion_row.addWidget(self.suggestion_label)

        self.use_existing_button = QPushButton(self.suggestion_frame)
        self.use_existing_button.setObjectName(u"use_existing_button")

        self.suggestion_row.addWidget(self.use_existing_button)


        self.editor_column.addWidget(self.suggestion_frame)

        self.editor_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editor_column.addItem(self.editor_spacer)


        self.columns.addLayout(self.editor_column)


        self.page_layout.addLayout(self.columns)

        self.problems_label = QLabel(IntakePartiesPage)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.problems_label)

#if QT_CONFIG(shortcut)
        self.party_list_label.setBuddy(self.party_list)
        self.role_label.setBuddy(self.role_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.name_label.setBuddy(self.name_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.credit_code_label.setBuddy(self.credit_code_edit)
        self.representative_label.setBuddy(self.representative_edit)
        self.representative_title_label.setBuddy(self.representative_title_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.address_label.setBuddy(self.address_edit)
        self.ethnicity_label.setBuddy(self.ethnicity_edit)
        self.occupation_label.setBuddy(self.occupation_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.party_list, self.add_party_button)
        QWidget.setTabOrder(self.add_party_button, self.remove_party_button)
        QWidget.setTabOrder(self.remove_party_button, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.credit_code_edit)
        QWidget.setTabOrder(self.credit_code_edit, self.representative_edit)
        QWidget.setTabOrder(self.representative_edit, self.representative_title_edit)
        QWidget.setTabOrder(self.representative_title_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.ethnicity_edit)
        QWidget.setTabOrder(self.ethnicity_edit, self.occupation_edit)
        QWidget.setTabOrder(self.occupation_edit, self.use_existing_button)

        self.retranslateUi(IntakePartiesPage)

        QMetaObject.connectSlotsByName(IntakePartiesPage)
    # setupUi

    def retranslateUi(self, IntakePartiesPage):
        IntakePartiesPage.setTitle(QCoreApplication.translate("IntakePartiesPage", u"\u5f53\u4e8b\u4eba", None))
        IntakePartiesPage.setSubTitle(QCoreApplication.translate("IntakePartiesPage", u"\u81f3\u5c11\u4e00\u540d\u7533\u8bf7\u4eba\u548c\u4e00\u540d\u88ab\u7533\u8bf7\u4eba\uff1bCtrl+Shift+A \u6dfb\u52a0\u5f53\u4e8b\u4eba\u3002\u8bc1\u4ef6\u53f7\u7801\u8fb9\u8f93\u8fb9\u67e5\u3002", None))
        self.party_list_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u5f53\u4e8b\u4eba\u5217\u8868(&L)", None))
#if QT_CONFIG(accessibility)
        self.party_list.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u5f53\u4e8b\u4eba\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.add_party_button.setText(QCoreApplication.translate("IntakePartiesPage", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(tooltip)
        self.add_party_button.setToolTip(QCoreApplication.translate("IntakePartiesPage", u"\u6dfb\u52a0\u5f53\u4e8b\u4eba\uff08Ctrl+Shift+A\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.remove_party_button.setText(QCoreApplication.translate("IntakePartiesPage", u"\u5220\u9664(&E)", None))
#if QT_CONFIG(tooltip)
        self.remove_party_button.setToolTip(QCoreApplication.translate("IntakePartiesPage", u"\u5220\u9664\u9009\u4e2d\u7684\u5f53\u4e8b\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.role_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u5730\u4f4d(&R)", None))
        self.kind_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u7c7b\u578b(&K)", None))
        self.name_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u59d3\u540d(&M)", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u59d3\u540d\u6216\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.id_number_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u8eab\u4efd\u8bc1\u53f7\u7801(&I)", None))
        self.id_number_edit.setPlaceholderText(QCoreApplication.translate("IntakePartiesPage", u"18\u4f4d\uff1b\u672b\u4f4d\u53ef\u4e3a X", None))
#if QT_CONFIG(accessibility)
        self.id_number_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.id_number_status.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u8eab\u4efd\u8bc1\u53f7\u7801\u68c0\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.credit_code_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&C)", None))
        self.credit_code_edit.setPlaceholderText(QCoreApplication.translate("IntakePartiesPage", u"18\u4f4d\uff0c\u8425\u4e1a\u6267\u7167\u4e0a\u7684\u4ee3\u7801", None))
#if QT_CONFIG(accessibility)
        self.credit_code_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.credit_code_status.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u68c0\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.representative_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba(&D)", None))
#if QT_CONFIG(accessibility)
        self.representative_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba\u6216\u8d1f\u8d23\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.representative_title_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u804c\u52a1(&T)", None))
#if QT_CONFIG(accessibility)
        self.representative_title_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u804c\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u8054\u7cfb\u7535\u8bdd(&P)", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("IntakePartiesPage", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd\uff08\u672a\u586b\u533a\u53f7\u6309 0438\uff09", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u8054\u7cfb\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u4f4f\u5740(&S)", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u4f4f\u5740\u6216\u4f4f\u6240\u5730", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicity_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u6c11\u65cf(&Z)", None))
        self.ethnicity_edit.setPlaceholderText(QCoreApplication.translate("IntakePartiesPage", u"\u5982\uff1a\u6c49\u65cf\u3001\u8499\u53e4\u65cf", None))
#if QT_CONFIG(accessibility)
        self.ethnicity_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u6c11\u65cf", None))
#endif // QT_CONFIG(accessibility)
        self.occupation_label.setText(QCoreApplication.translate("IntakePartiesPage", u"\u804c\u4e1a(&O)", None))
#if QT_CONFIG(accessibility)
        self.occupation_edit.setAccessibleName(QCoreApplication.translate("IntakePartiesPage", u"\u804c\u4e1a", None))
#endif // QT_CONFIG(accessibility)
        self.use_existing_button.setText(QCoreApplication.translate("IntakePartiesPage", u"\u4f7f\u7528\u5df2\u767b\u8bb0\u7684\u5f53\u4e8b\u4eba(&U)", None))
    # retranslateUi

