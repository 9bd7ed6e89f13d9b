package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which roster columns {@code --by} and {@code --where} refuse because they name or identify a
 * person. The lists come from two reviews: headers seen in real exports that must be refused, and
 * columns about places and organizations that must stay usable.
 */
class PersonalColumnsTest {
  @Test
  void namesEmailsAndIdsOfPeopleAreRefused() {
    List<String> refused =
        List.of(
            "staff_id",
            "Index No",
            "Employee ID",
            "Full Name",
            "Last name",
            "E-mail",
            "Work email",
            "Email ID",
            "Official e-mail address",
            "Employee No",
            "Surname(s)",
            "Employee Full Name",
            "Staff Member Name (Last, First)",
            "Name (last, first)",
            "Name of staff member",
            "Last Name/Family Name",
            "Nombre completo",
            "Nom et prénom",
            "Emp No",
            "Person Number",
            "Worker ID",
            "Personnel ID",
            "Staff index number",
            "UN Index No.",
            "Staff ID (old)",
            "Supervisor name",
            "FirstName",
            "name",
            // found in session 8's defect hunt: words run together were one unknown word
            "WorkerID",
            "EmployeeNo",
            "UserID",
            "MemberID",
            "UNIndexNo",
            "Username",
            "UserName",
            "StaffIndexNumber",
            "Login",
            // found in the review of session 8: one case throughout
            "USERID",
            "userid",
            "WORKERID",
            "EMPLOYEENO",
            "UNINDEXNO",
            "STAFFMEMBERID",
            "PERSONNELID",
            "UNID",
            "LOGIN_ID");
    for (String h : refused) {
      assertThat(StaffColumns.personal(h)).as(h).isTrue();
    }
  }

  @Test
  void columnsAboutPlacesAndOrganizationsStayUsable() {
    List<String> usable =
        List.of(
            "org_unit",
            "Org unit name",
            "Country name",
            "Duty station",
            "Duty station name",
            "Nationality name",
            "Unit name",
            "Post title",
            "Post number",
            "Mail stop",
            "Region name",
            "Member State",
            "Staff category",
            "funding",
            "appointment",
            "Grade code",
            "Contract type",
            // found in a third review: codes and names of categories, areas and groups
            "Staff category code",
            "Member State code",
            "Member state name",
            "UN region code",
            "Personnel area code",
            "Personnel area name",
            "Employee group code",
            "Contract type name",
            "Appointment type name",
            "Company name",
            "Occupation name",
            "Language name",
            "OrgUnit",
            "DutyStation",
            "StaffCategoryCode",
            "MemberStateCode",
            "UNRegionCode",
            "PostNumber",
            "LoginMethod",
            "LastLogin",
            "MEMBERSTATECODE",
            "UNREGION",
            "USERGROUP",
            "EMPLOYEEGROUPCODE");
    for (String h : usable) {
      assertThat(StaffColumns.personal(h)).as(h).isFalse();
    }
  }
}
